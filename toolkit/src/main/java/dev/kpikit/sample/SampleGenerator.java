package dev.kpikit.sample;

import java.io.IOException;
import java.nio.file.Path;

/** Writes one sample business into an existing folder. */
interface SampleGenerator {

  /** Writes every file of the sample; the same options give byte-identical files. */
  SampleResult write(Path folder, SampleOptions options) throws IOException;
}
