package dev.kpikit.sample;

import dev.kpikit.sample.FlawPlan.Spec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** The folder a sample is being written to: opens its CSV sinks and collects files and flaws. */
final class SampleFolder {
  /** The line of a config template that becomes the list of datasets. */
  static final String DATASETS = "{datasets}\n";

  private final Path folder;
  private final SampleOptions options;
  private final List<SampleFile> files = new ArrayList<>();
  private final List<Flaw> flaws = new ArrayList<>();

  SampleFolder(Path folder, SampleOptions options) {
    this.folder = folder;
    this.options = options;
  }

  /**
   * Opens a CSV file whose {@code flaws} are spread over {@code expectedRows} (none when the
   * options ask for a clean sample).
   */
  CsvSink csv(
      String name, List<String> header, Set<String> required, long expectedRows, List<Spec> flaws)
      throws IOException {
    FlawPlan plan = FlawPlan.spreadUnlessClean(options.clean(), expectedRows, flaws);
    return new CsvSink(folder, name, header, required, plan, this.flaws);
  }

  /** Writes the rows of one CSV file and returns what the writer derived from them. */
  interface Rows<T> {
    T write(CsvSink sink) throws IOException;
  }

  /** Opens, fills, commits and records one CSV file; see {@link #csv} for the flaws. */
  <T> T writeCsv(
      String name,
      List<String> header,
      Set<String> required,
      long expectedRows,
      List<Spec> flaws,
      Rows<T> rows)
      throws IOException {
    try (CsvSink sink = csv(name, header, required, expectedRows, flaws)) {
      T derived = rows.write(sink);
      commit(sink);
      return derived;
    }
  }

  /** Writes {@code marketing_spend.csv} (no flaws) and returns the spend per month in cents. */
  long[] writeMarketingSpend(Rows<long[]> rows) throws IOException {
    return writeCsv(
        "marketing_spend.csv",
        SampleColumns.MARKETING_SPEND,
        SampleColumns.MARKETING_SPEND_REQUIRED,
        0,
        List.of(),
        rows);
  }

  /** Renames a finished CSV file into place and records it. */
  void commit(CsvSink sink) throws IOException {
    files.add(sink.commit());
  }

  /**
   * Writes {@code kpikit.yaml} and {@code README.md} and returns what was written. The config's
   * {@value #DATASETS} line is replaced by one entry per CSV file written.
   */
  SampleResult finish(String config, String business, String title, String story)
      throws IOException {
    flaws.sort(Comparator.comparing(Flaw::file).thenComparingLong(Flaw::line));
    files.add(AtomicTextFile.write(folder, "kpikit.yaml", config.replace(DATASETS, datasets())));
    String readme = SampleReadme.render(business, title, story, options, flaws);
    files.add(AtomicTextFile.write(folder, "README.md", readme));
    return new SampleResult(folder, files, flaws);
  }

  /** The {@code datasets:} entries of the config, one per CSV file written so far. */
  private String datasets() {
    StringBuilder yaml = new StringBuilder();
    for (SampleFile file : files) {
      String stem = file.name().substring(0, file.name().length() - ".csv".length());
      yaml.append("  ").append(stem).append(": { path: ").append(file.name());
      if (stem.equals("customers")) {
        yaml.append(", end_is_last_active_day: false");
      }
      yaml.append(" }\n");
    }
    return yaml.toString();
  }

  /** Writes {@code employees.csv} with one malformed hire date. */
  void writeEmployees(Workforce staff, FlawKind hireDateFlaw) throws IOException {
    writeEmployees(staff, hireDateFlaw, SampleColumns.EMPLOYEES);
  }

  /**
   * Writes {@code employees.csv} under {@code header}, whose last column holds each person's place
   * of work (a department's {@code regions}), with one malformed hire date.
   */
  void writeEmployees(Workforce staff, FlawKind hireDateFlaw, List<String> header)
      throws IOException {
    this.<Void>writeCsv(
        "employees.csv",
        header,
        SampleColumns.EMPLOYEES_REQUIRED,
        staff.size(),
        List.of(new Spec(hireDateFlaw, "hire_date")),
        sink -> {
          staff.writeTo(sink);
          return null;
        });
  }

  /** Writes {@code financials.csv}. */
  void writeFinancials(FinancialStatements.Month[] months, FinancialStatements.Funding funding)
      throws IOException {
    this.<Void>writeCsv(
        "financials.csv",
        SampleColumns.FINANCIALS,
        SampleColumns.FINANCIALS_REQUIRED,
        0,
        List.of(),
        sink -> {
          FinancialStatements.write(sink, months, funding);
          return null;
        });
  }
}
