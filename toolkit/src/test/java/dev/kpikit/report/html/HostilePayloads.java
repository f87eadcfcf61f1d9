package dev.kpikit.report.html;

import java.util.List;

/**
 * Injection payloads for every text that reaches a report. Those that would run set {@code
 * document.title} to {@value #EXECUTED} or create an element with id {@value #MARKER_ID}, which
 * {@link HtmlReport_HostileDataTest} looks for in the page after Chromium ran its scripts.
 */
final class HostilePayloads {
  /** The title a payload sets when it runs. */
  static final String EXECUTED = "XSS";

  /** The id of the element a payload creates when it is parsed as markup. */
  static final String MARKER_ID = "xss";

  /** What a spreadsheet would run as a formula (text starting with = + - @, TAB or CR). */
  static final List<String> FORMULAS =
      List.of(
          "=HYPERLINK(\"http://example.invalid\",\"x\")",
          "+cmd|' /C calc'!A0",
          "-2+3+cmd|' /C calc'!A0",
          "@SUM(1+1)*cmd|' /C calc'!A0",
          "\t=1+1",
          "\r=1+1");

  /** Markup, attribute and script breakers, separators, controls, a 100 KB string. */
  static final List<String> MARKUP =
      List.of(
          "</script><script>document.title='XSS'</script>",
          "<img src=x onerror=\"document.title='XSS'\" id=xss>",
          "\"><svg onload=document.title='XSS' id=xss>",
          "' autofocus onfocus='document.title=`XSS`' id='xss",
          "\"];document.title='XSS';//",
          "'};document.title='XSS';//",
          "a\u2028document.title='XSS'\u2029b",
          "javascript:document.title='XSS'",
          "<a id=xss href=\"javascript:document.title='XSS'\">x</a>",
          "<iframe id=xss srcdoc=\"<script>parent.document.title='XSS'</script>\"></iframe>",
          "<!--",
          "<![CDATA[x]]>",
          "{{constructor.constructor('document.title=\"XSS\"')()}}",
          "${document.title='XSS'}",
          "\u202Egnp.exe",
          "nul\u0000ctl\u0001\u001b[31mred\u007f",
          "L".repeat(100_000) + "</script><script>document.title='XSS'</script>");

  /** File names cannot hold '/' or NUL: payloads that can be a file or folder name. */
  static final List<String> FILE_NAMES =
      List.of(
          "<img src=x onerror=document.title='XSS' id=xss>",
          "=cmd|' A0 \"];document.title='XSS';\u2028");

  private HostilePayloads() {}

  /**
   * @return every data payload, formulas first
   */
  static List<String> all() {
    return java.util.stream.Stream.concat(FORMULAS.stream(), MARKUP.stream()).toList();
  }
}
