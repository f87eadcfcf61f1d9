package dev.kpikit.report.html;

import java.util.List;

/**
 * The top of the report: whose business, the date that closes the analysis, the periods covered,
 * which datasets were found, and warnings a reader must see before any number.
 *
 * @param businessName the data folder's name
 * @param asOf the as-of date ({@code yyyy-MM-dd})
 * @param periodsCovered e.g. {@code 2023-01 to 2025-12 (month)}, or empty when no period table
 * @param datasets each canonical dataset with whether it was found and its rows
 * @param warnings one sentence each (incomplete last period, notable rejects, ignored config keys)
 * @since 0.1.0
 */
public record ReportHeader(
    String businessName,
    String asOf,
    String periodsCovered,
    List<DatasetPresence> datasets,
    List<String> warnings) {

  /** Copies the lists. */
  public ReportHeader {
    datasets = List.copyOf(datasets);
    warnings = List.copyOf(warnings);
  }

  /**
   * Whether a canonical dataset was found in the data folder.
   *
   * @param name the dataset, e.g. {@code orders}
   * @param found true when the folder had files for it
   * @param rowsLoaded rows loaded (0 when not found)
   */
  public record DatasetPresence(String name, boolean found, long rowsLoaded) {}

  void renderTo(StringBuilder out) {
    out.append("<header class=\"report-header\">\n<p class=\"kicker\">kpikit report</p>\n<h1>")
        .append(Html.escape(businessName)).append("</h1>\n<dl class=\"facts\">")
        .append("<div><dt>As of</dt><dd id=\"as-of\">").append(Html.escape(asOf)).append("</dd></div>");
    if (!periodsCovered.isEmpty()) {
      out.append("<div><dt>Periods</dt><dd id=\"periods-covered\">")
          .append(Html.escape(periodsCovered)).append("</dd></div>");
    }
    out.append("<div><dt>Data</dt><dd><ul class=\"coverage\" id=\"coverage\">");
    for (DatasetPresence d : datasets) {
      out.append("<li class=\"").append(d.found() ? "found" : "absent").append("\">")
          .append(d.found() ? "✓ " : "– ").append(Html.escape(d.name()));
      if (d.found()) {
        out.append(" <span class=\"rows\">").append(ValueFormat.count(d.rowsLoaded()))
            .append(" rows</span>");
      } else {
        out.append(" <span class=\"rows\">not found</span>");
      }
      out.append("</li>");
    }
    out.append("</ul></dd></div></dl>\n");
    if (!warnings.isEmpty()) {
      out.append("<div class=\"warnings\" id=\"warnings\" role=\"note\">");
      for (String w : warnings) {
        out.append("<p>⚠ ").append(Html.escape(w)).append("</p>");
      }
      out.append("</div>\n");
    }
    out.append("</header>\n");
  }
}
