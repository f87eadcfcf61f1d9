package dev.kpikit.sample;

import java.nio.file.Path;
import java.util.List;

/**
 * What a sample generator wrote.
 *
 * @param folder the sample folder
 * @param files the files written, in writing order (data files, then {@code kpikit.yaml} and {@code
 *     README.md})
 * @param flaws the deliberately malformed values planted in the data files (empty with {@link
 *     SampleOptions#clean()})
 * @since 0.1.0
 */
public record SampleResult(Path folder, List<SampleFile> files, List<Flaw> flaws) {

  /** Copies the lists. */
  public SampleResult {
    files = List.copyOf(files);
    flaws = List.copyOf(flaws);
  }
}
