package dev.kpikit.sample;

import dev.kpikit.io.CsvWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A CSV data file of a sample, streamed row by row through {@link CsvWriter} into an {@link
 * AtomicTextFile}, planting the flaws of its {@link FlawPlan} on the way and logging them.
 */
final class CsvSink implements Closeable {
  private static final String REJECTED = "row rejected";
  private static final String MISSING = "value read as missing (optional column), counted";

  private final String name;
  private final List<String> header;
  private final Set<String> required;
  private final List<FlawPlan.Placed> plan;
  private final List<Flaw> flawLog;
  private final AtomicTextFile file;
  private final CsvWriter csv;
  private long rows;
  private int nextFlaw;

  /**
   * @param required the columns a loader rejects a row for when their value is malformed
   * @param flawLog where planted flaws are recorded
   */
  CsvSink(
      Path folder,
      String name,
      List<String> header,
      Set<String> required,
      FlawPlan plan,
      List<Flaw> flawLog)
      throws IOException {
    this.name = name;
    this.header = List.copyOf(header);
    this.required = required;
    this.plan = plan.placed();
    this.flawLog = flawLog;
    this.file = AtomicTextFile.create(folder, name);
    this.csv = new CsvWriter(file.writer());
    csv.row(header.toArray(new String[0]));
  }

  /** Writes one data row; {@code fields} holds one text per header column and may be reused. */
  void row(String... fields) throws IOException {
    if (nextFlaw < plan.size() && plan.get(nextFlaw).rowIndex() == rows) {
      writeFlawed(fields, plan.get(nextFlaw++));
    } else {
      csv.row(fields);
    }
    rows++;
  }

  private void writeFlawed(String[] fields, FlawPlan.Placed flaw) throws IOException {
    long line = rows + 2;
    if (flaw.kind() == FlawKind.MISSING_FIELD) {
      String lastColumn = header.get(header.size() - 1);
      csv.row(Arrays.copyOf(fields, fields.length - 1));
      flawLog.add(new Flaw(name, line, lastColumn, "", flaw.kind().problem(), REJECTED));
      return;
    }
    int column = header.indexOf(flaw.column());
    String[] copy = fields.clone();
    copy[column] = flaw.kind().corrupt(fields[column]);
    csv.row(copy);
    String expected = required.contains(flaw.column()) ? REJECTED : MISSING;
    flawLog.add(new Flaw(name, line, flaw.column(), copy[column], flaw.kind().problem(), expected));
  }

  /** Renames the finished file into place. */
  SampleFile commit() throws IOException {
    csv.flush();
    return file.commit(rows);
  }

  @Override
  public void close() throws IOException {
    file.close();
  }
}
