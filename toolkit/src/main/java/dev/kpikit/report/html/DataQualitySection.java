package dev.kpikit.report.html;

import dev.kpikit.load.FileLedger;
import dev.kpikit.load.LoadResult;
import dev.kpikit.report.MetricsOutput;
import java.util.ArrayList;
import java.util.List;

/**
 * The "Data quality" section: the ledger of every input file (rows read = loaded + rejected, notes)
 * with links to {@code rejects/<dataset>.csv}.
 */
final class DataQualitySection {
  static final String ID = "section-data-quality";

  private DataQualitySection() {}

  static Section build(RunView run) {
    List<List<Cell>> rows = new ArrayList<>();
    for (LoadResult r : run.run().loads().values()) {
      String rejects = "rejects/" + r.dataset().fileStem() + ".csv";
      for (FileLedger f : r.files()) {
        rows.add(List.of(
            Cell.text(f.dataset()),
            Cell.text(MetricsOutput.shown(run.run(), f.file())),
            Cell.number(ValueFormat.count(f.rowsRead())),
            Cell.number(ValueFormat.count(f.rowsLoaded())),
            Cell.number(ValueFormat.count(f.rowsRejected())),
            Cell.number(ValueFormat.percent(f.rejectRate())),
            f.rowsRejected() > 0 ? Cell.link(rejects, rejects) : Cell.text("none"),
            Cell.text(String.join("; ", f.notes()))));
      }
    }
    if (rows.isEmpty()) {
      return new Section(ID, "Data quality", List.of(Note.of("No input files were loaded.")));
    }
    return new Section(ID, "Data quality", List.of(new DataTable("table-ledger",
        "Every input file: rows read = rows loaded + rows rejected",
        List.of("Dataset", "File", "Read", "Loaded", "Rejected", "Reject rate", "Rejected rows", "Notes"),
        rows, HowToRead.of("A rejected row is kept out of every metric; its file, line, column and"
            + " reason are in the linked CSV. Notes count optional values that were blank or did"
            + " not parse (kept as missing)."))));
  }
}
