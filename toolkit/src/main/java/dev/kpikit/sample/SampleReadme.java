package dev.kpikit.sample;

import java.util.List;

/**
 * Renders a sample's {@code README.md}: the business story written by the generator, how to
 * regenerate it, and the table of deliberately malformed values that the rejects ledger must show.
 */
final class SampleReadme {
  /** The header row of the flaws table, which tests and users read back. */
  static final String FLAWS_HEADER = "| file | line | column | value | problem | expected |";

  /** What the flaws table shows for an empty or missing field. */
  static final String EMPTY = "(empty)";

  private SampleReadme() {}

  static String render(
      String business, String title, String story, SampleOptions options, List<Flaw> flaws) {
    StringBuilder md = new StringBuilder(4096);
    md.append("# ").append(title).append("\n\n");
    md.append(story.strip()).append("\n\n");
    md.append("## Regenerate\n\n```\nkpikit sample --business ").append(business);
    md.append(" --out DIR --seed ").append(options.seed());
    if (options.orderRows() != SampleOptions.DEFAULT_SIZE) {
      md.append(" --rows ").append(options.orderRows());
    }
    md.append(options.clean() ? " --clean" : "").append("\n```\n\n");
    md.append("The same command always writes byte-identical files.\n\n");
    md.append("## Deliberately malformed values\n\n");
    if (flaws.isEmpty()) {
      md.append("None: this sample was generated with `--clean`.\n");
      return md.toString();
    }
    md.append("The loader's rejects ledger should show exactly these (line 1 is the header):\n\n");
    md.append(FLAWS_HEADER).append("\n|---|---|---|---|---|---|\n");
    for (Flaw f : flaws) {
      md.append("| ").append(f.file());
      md.append(" | ").append(f.line());
      md.append(" | ").append(f.column());
      md.append(" | ").append(f.value().isEmpty() ? EMPTY : "`" + f.value() + "`");
      md.append(" | ").append(f.problem());
      md.append(" | ").append(f.expected()).append(" |\n");
    }
    return md.toString();
  }
}
