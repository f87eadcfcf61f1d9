package dev.kpikit.report.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * JSON that is safe to place inside an HTML {@code <script>} element: besides JSON's own escapes,
 * {@code <}, {@code >}, {@code &}, U+2028 and U+2029 are written as {@code \}{@code uXXXX}, so no
 * string from the data can close the script element ({@code </script>}), open a comment or end a
 * JavaScript line. The JSON value is unchanged once parsed.
 *
 * @since 0.1.0
 */
public final class ScriptJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static {
    MAPPER.getFactory().setCharacterEscapes(new ScriptEscapes());
  }

  private ScriptJson() {}

  /** @return a new empty JSON object */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /**
   * @param value a JSON tree
   * @return its compact text, safe inside {@code <script>}
   */
  public static String write(JsonNode value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written: " + e.getMessage(), e);
    }
  }

  /** Jackson's standard escapes plus the characters that matter to an HTML script element. */
  private static final class ScriptEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] table;

    ScriptEscapes() {
      table = standardAsciiEscapesForJSON();
      table['<'] = ESCAPE_STANDARD;
      table['>'] = ESCAPE_STANDARD;
      table['&'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return table;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return ch == 0x2028 || ch == 0x2029
          ? new SerializedString(String.format("\\u%04x", ch))
          : null;
    }
  }
}
