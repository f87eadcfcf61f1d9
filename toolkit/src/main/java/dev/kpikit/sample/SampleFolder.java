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

  /** Renames a finished CSV file into place and records it. */
  void commit(CsvSink sink) throws IOException {
    files.add(sink.commit());
  }

  /** Writes {@code kpikit.yaml} and {@code README.md} and returns what was written. */
  SampleResult finish(String config, String business, String title, String story)
      throws IOException {
    flaws.sort(Comparator.comparing(Flaw::file).thenComparingLong(Flaw::line));
    files.add(AtomicTextFile.write(folder, "kpikit.yaml", config));
    String readme = SampleReadme.render(business, title, story, options, flaws);
    files.add(AtomicTextFile.write(folder, "README.md", readme));
    return new SampleResult(folder, files, flaws);
  }

  /** Writes {@code employees.csv} with one malformed hire date. */
  void writeEmployees(Workforce staff, FlawKind hireDateFlaw) throws IOException {
    try (CsvSink sink =
        csv(
            "employees.csv",
            SampleColumns.EMPLOYEES,
            SampleColumns.EMPLOYEES_REQUIRED,
            staff.size(),
            List.of(new Spec(hireDateFlaw, "hire_date")))) {
      staff.writeTo(sink);
      commit(sink);
    }
  }

  /** Writes {@code financials.csv}. */
  void writeFinancials(FinancialStatements.Month[] months, FinancialStatements.Funding funding)
      throws IOException {
    try (CsvSink sink =
        csv(
            "financials.csv",
            SampleColumns.FINANCIALS,
            SampleColumns.FINANCIALS_REQUIRED,
            0,
            List.of())) {
      FinancialStatements.write(sink, months, funding);
      commit(sink);
    }
  }
}
