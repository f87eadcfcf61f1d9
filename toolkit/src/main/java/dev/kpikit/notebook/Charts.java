package dev.kpikit.notebook;

import dev.kpikit.io.AtomicFiles;
import dev.kpikit.report.html.Assets;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Page;

/**
 * Tablesaw-jsplot figures as HTML that works offline: inline in a Jupyter notebook, or as a page
 * with plotly.js beside it. plotly.js comes from the {@code org.webjars.npm:plotly.js-dist} jar
 * kpikit depends on; nothing is fetched from a CDN.
 *
 * <p>In a JJava notebook:
 *
 * <pre>{@code
 * display(Charts.plotlyLoader(), "text/html");      // once, near the top
 * display(Charts.inline(LinePlot.create("Revenue", revenue, "month", "revenue")), "text/html");
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Charts {
  private static final String PLOTLY_RESOURCE =
      "META-INF/resources/webjars/plotly.js-dist/" + Assets.PLOTLY_VERSION + "/plotly.js";
  private static final AtomicInteger CHART_IDS = new AtomicInteger();

  private Charts() {}

  /**
   * The HTML that loads plotly.js into a notebook page: display it once before the first chart. It
   * defines {@code window.Plotly} also where the page has RequireJS (the classic Notebook), which
   * would otherwise capture plotly.js as an anonymous module. About 11 MB: a saved notebook with
   * outputs carries one copy.
   *
   * @return a {@code <script>} block with plotly.js inside
   */
  public static String plotlyLoader() {
    String js;
    try (InputStream in = open(PLOTLY_RESOURCE)) {
      js = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read plotly.js from the class path", e);
    }
    return "<script>window.kpikitDefine = window.define; window.define = undefined;</script>\n"
        + "<script>"
        + js.replace("</script", "<\\/script")
        + "</script>\n"
        + "<script>window.define = window.kpikitDefine;</script>\n";
  }

  /**
   * A figure as an HTML fragment for a page that has loaded plotly.js ({@link #plotlyLoader()}): a
   * {@code <div>} with a fresh id ({@code kpikit-chart-1}, {@code kpikit-chart-2}, ...) and the
   * script that draws the figure in it.
   *
   * @param figure a tablesaw-jsplot figure
   * @return the fragment
   */
  public static String inline(Figure figure) {
    String id = "kpikit-chart-" + CHART_IDS.incrementAndGet();
    return figure.divString(id) + figure.asJavascript(id);
  }

  /**
   * Writes a standalone page with the figure, and the report's assets (plotly.js as {@link
   * Assets#PLOTLY_FILE}) beside it, so the page opens offline.
   *
   * @param figure a tablesaw-jsplot figure
   * @param html the page to write, e.g. {@code out/cac.html}; its folder is created if needed
   * @return the plotly.js file written beside the page
   * @throws IOException when the folder cannot be written
   */
  public static Path writePage(Figure figure, Path html) throws IOException {
    Path dir = html.toAbsolutePath().getParent();
    Assets.write(dir);
    String page =
        Page.pageBuilder(figure, "chart")
            .plotlyJsLocation(Assets.PLOTLY_FILE)
            .build()
            .asJavascript();
    AtomicFiles.writeString(html, page);
    return dir.resolve(Assets.PLOTLY_FILE);
  }

  private static InputStream open(String resource) throws IOException {
    InputStream in = Charts.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IOException(
          resource
              + " is not on the class path (kpikit depends on org.webjars.npm:plotly.js-dist)");
    }
    return in;
  }
}
