package dev.kpikit.cli;

import dev.kpikit.load.FileLedger;
import dev.kpikit.load.LoadResult;
import dev.kpikit.load.Reject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints load ledgers as an aligned plain-text table for the terminal and logs. */
final class LedgerText {
  private LedgerText() {}

  static void header(PrintWriter out) {
    out.printf(
        Locale.ROOT, "%-16s %-34s %12s %12s %10s  %s%n", "dataset", "file", "read", "loaded", "rejected", "notes");
  }

  /** Datasets with more files than this list only the files that had rejects, unless asked. */
  static final int MANY_FILES = 20;

  static void print(PrintWriter out, LoadResult result, Path base, int maxRejects, boolean allFiles) {
    boolean many = result.files().size() > MANY_FILES && !allFiles;
    for (FileLedger f : result.files()) {
      if (many && f.rowsRejected() == 0) {
        continue;
      }
      out.printf(
          Locale.ROOT,
          "%-16s %-34s %,12d %,12d %,10d  %s%n",
          f.dataset(),
          shorten(relative(base, f.file()), 34),
          f.rowsRead(),
          f.rowsLoaded(),
          f.rowsRejected(),
          notes(f));
    }
    if (result.files().size() > 1) {
      out.printf(
          Locale.ROOT,
          "%-16s %-34s %,12d %,12d %,10d  shape: %s%s%n",
          result.dataset().fileStem(),
          "(" + result.files().size() + " files)",
          result.rowsRead(),
          result.rowsLoaded(),
          result.rowsRejected(),
          result.shape().name(),
          many ? "; files without rejects not listed (--all-files lists them)" : "");
    }
    List<Reject> rejects = result.rejects();
    for (int i = 0; i < Math.min(maxRejects, rejects.size()); i++) {
      out.println("    reject " + relativeReject(base, rejects.get(i)));
    }
    if (rejects.size() > maxRejects) {
      out.printf(Locale.ROOT, "    ... and %,d more rejects%n", rejects.size() - maxRejects);
    }
  }

  private static String notes(FileLedger f) {
    StringBuilder sb = new StringBuilder();
    for (String n : f.notes()) {
      sb.append(sb.length() == 0 ? "" : "; ").append(n);
    }
    for (Map.Entry<String, Long> e : f.missingValues().entrySet()) {
      if (!e.getKey().equals("customer_id") && !f.unparseableValues().containsKey(e.getKey())) {
        sb.append(sb.length() == 0 ? "" : "; ")
            .append(String.format(Locale.ROOT, "%,d missing %s", e.getValue(), e.getKey()));
      }
    }
    return sb.toString();
  }

  private static String relativeReject(Path base, Reject r) {
    return new Reject(relative(base, r.file()), r.line(), r.column(), r.reason(), List.of())
        .describe();
  }

  static String relative(Path base, String file) {
    if (base == null) {
      return file;
    }
    try {
      Path p = Path.of(file);
      return p.startsWith(base) ? base.relativize(p).toString() : file;
    } catch (RuntimeException e) {
      return file;
    }
  }

  private static String shorten(String s, int width) {
    return s.length() <= width ? s : "..." + s.substring(s.length() - width + 3);
  }
}
