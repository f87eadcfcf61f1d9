package dev.kpikit.sample;

import dev.kpikit.io.AtomicFiles;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A UTF-8 text file written under a temporary name in its target folder and renamed into place by
 * {@link #commit}, so a reader never sees a half-written file. Closing without committing deletes
 * the temporary file.
 */
final class AtomicTextFile implements Closeable {
  private static final int BUFFER_CHARS = 1 << 16;

  private final String name;
  private final Path target;
  private final Path temp;
  private final Writer writer;
  private boolean committed;

  private AtomicTextFile(Path folder, String name) throws IOException {
    this.name = name;
    this.target = folder.resolve(name);
    this.temp = AtomicFiles.tempFileFor(target);
    this.writer =
        new BufferedWriter(
            new OutputStreamWriter(Files.newOutputStream(temp), StandardCharsets.UTF_8),
            BUFFER_CHARS);
  }

  static AtomicTextFile create(Path folder, String name) throws IOException {
    return new AtomicTextFile(folder, name);
  }

  /** Writes a whole small text file (a config or a README) atomically. */
  static SampleFile write(Path folder, String name, String text) throws IOException {
    try (AtomicTextFile file = create(folder, name)) {
      file.writer().write(text);
      return file.commit(0);
    }
  }

  Writer writer() {
    return writer;
  }

  /** Flushes, closes and renames the file into place, replacing any previous version. */
  SampleFile commit(long rows) throws IOException {
    writer.close();
    AtomicFiles.move(temp, target);
    committed = true;
    return new SampleFile(name, rows, Files.size(target));
  }

  @Override
  public void close() throws IOException {
    if (!committed) {
      try {
        writer.close();
      } finally {
        Files.deleteIfExists(temp);
      }
    }
  }
}
