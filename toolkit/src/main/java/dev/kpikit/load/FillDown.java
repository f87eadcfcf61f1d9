package dev.kpikit.load;

import dev.kpikit.schema.CanonicalColumn;
import dev.kpikit.schema.Preset;
import java.util.List;

/**
 * Copies blank fields down from the previous row of the same key, for exports (Shopify) that write
 * order-level fields on an order's first line only. Inactive (a pass-through) without such a
 * preset.
 */
final class FillDown {
  private final int keySource;
  private final boolean[] filled;
  private final int[] src;
  private final Object[] previous;
  private Object previousKey;
  private boolean sameKey;

  private FillDown(int keySource, boolean[] filled, int[] src) {
    this.keySource = keySource;
    this.filled = filled;
    this.src = src;
    this.previous = new Object[src.length];
  }

  static FillDown of(Preset preset, List<CanonicalColumn> typed, int[] src) {
    int key = -1;
    boolean[] filled = new boolean[typed.size()];
    boolean active = preset != null && preset.fillDownKey() != null;
    for (int j = 0; active && j < typed.size(); j++) {
      String name = typed.get(j).name();
      if (name.equals(preset.fillDownKey())) {
        key = src[j];
      }
      filled[j] = preset.fillDownColumns().contains(name);
    }
    return new FillDown(key, filled, src);
  }

  /** @return false when there is nothing to fill down: values pass through unchanged */
  boolean isActive() {
    return keySource >= 0;
  }

  /** Notes whether the current row continues the previous one. */
  void capture(RowFields reader) {
    if (keySource < 0) {
      return;
    }
    Object key = keySource < reader.size() ? reader.value(keySource) : null;
    sameKey = key != null && key.equals(previousKey);
    previousKey = key;
  }

  /** The value of typed column {@code j}, taken from the previous row when blank and continuing. */
  Object value(RowFields reader, int j) {
    Object raw = src[j] < reader.size() ? reader.value(src[j]) : null;
    if (keySource < 0 || !filled[j]) {
      return raw;
    }
    boolean blank = ReaderFields.isBlank(raw);
    if (blank && sameKey) {
      return previous[j];
    }
    previous[j] = raw;
    return raw;
  }
}
