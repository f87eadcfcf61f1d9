package dev.kpikit.notebooks;

import java.util.ArrayList;
import java.util.List;

/**
 * What the notebooks passed to JJava's {@code display(Object, String...)} during a CI run: the
 * runner defines {@code display} in the shell to call {@link #show}.
 */
public final class Displays {
  /** One call of {@code display}: the object's text and the MIME types asked for. */
  public record Shown(String text, List<String> mimeTypes) {}

  private static final List<Shown> SHOWN = new ArrayList<>();

  private Displays() {}

  /**
   * Records a display call, as JJava would publish it.
   *
   * @param o the object displayed
   * @param mimeTypes the MIME types asked for (none: the object's preferred type)
   * @return an id, as JJava's {@code display} returns
   */
  public static synchronized String show(Object o, String... mimeTypes) {
    SHOWN.add(new Shown(String.valueOf(o), List.of(mimeTypes)));
    return "display-" + SHOWN.size();
  }

  static synchronized List<Shown> drain() {
    List<Shown> shown = List.copyOf(SHOWN);
    SHOWN.clear();
    return shown;
  }
}
