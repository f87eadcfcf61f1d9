package dev.kpikit.schema;

import java.util.List;

/**
 * One column of a canonical dataset: its name, value type, whether a file must have it, and the
 * header names that map to it besides its own name (matched ignoring case, spaces, underscores and
 * punctuation, see {@link ColumnNames#normalize(String)}).
 *
 * @param name the canonical snake_case name, e.g. {@code order_date}
 * @param type the value type
 * @param required true when a file of this shape must provide it (or a preset must derive it)
 * @param aliases other header names commonly used for it in exports
 * @since 0.1.0
 */
public record CanonicalColumn(String name, ColumnType type, boolean required, List<String> aliases) {

  /** Copies the alias list. */
  public CanonicalColumn {
    aliases = List.copyOf(aliases);
  }

  static CanonicalColumn required(String name, ColumnType type, String... aliases) {
    return new CanonicalColumn(name, type, true, List.of(aliases));
  }

  static CanonicalColumn optional(String name, ColumnType type, String... aliases) {
    return new CanonicalColumn(name, type, false, List.of(aliases));
  }
}
