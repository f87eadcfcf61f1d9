package dev.kpikit.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ScriptJsonTest {
  @Test
  void htmlSignificantCharactersAndLineSeparators_areUnicodeEscapes() {
    String json = ScriptJson.write(ScriptJson.object().put("n", "</script>&\u2028\u2029'\""));
    assertEquals("{\"n\":\"\\u003C/script\\u003E\\u0026\\u2028\\u2029'\\\"\"}", json);
  }

  @Test
  void escapedJson_parsesBackToTheSameText() throws Exception {
    String text = "a</script><!-- \u2028 & \u00e9 \u6f22";
    String json = ScriptJson.write(ScriptJson.object().put("n", text));
    assertEquals(text, new ObjectMapper().readTree(json).get("n").asText());
  }

  @Test
  void missingNumbers_becomeNull() {
    com.fasterxml.jackson.databind.node.ObjectNode trace =
        Trace.line("x").y(new double[] {1, Double.NaN, Double.POSITIVE_INFINITY}).json();
    assertEquals("[1.0,null,null]", trace.get("y").toString());
  }
}
