package dev.kpikit.io;

import java.io.BufferedWriter;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes files so that readers only ever see the old complete file or the new complete one: the
 * content goes to a temporary file in the same folder, is flushed to disk, and is then renamed over
 * the target.
 *
 * @since 0.1.0
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Writes text content through a {@link Writer}. */
  @FunctionalInterface
  public interface Content {
    /**
     * @param out a buffered UTF-8 writer; do not close it
     * @throws IOException when writing fails
     */
    void writeTo(Writer out) throws IOException;
  }

  /**
   * Writes a UTF-8 text file atomically, creating parent folders.
   *
   * @param target the file to create or replace
   * @param content what to write
   * @throws IOException when the folder cannot be written; the target is then unchanged and no
   *     temporary file is left behind
   */
  public static void write(Path target, Content content) throws IOException {
    Path tmp = tempFileFor(target);
    try {
      try (FileOutputStream stream = new FileOutputStream(tmp.toFile());
          Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16)) {
        content.writeTo(w);
        w.flush();
        stream.getChannel().force(true);
      }
      move(tmp, target);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * Creates the temporary file a write of {@code target} goes to: in the same folder (so the final
   * rename is atomic), hidden ({@code .name.NNN.tmp}), and readable by others like a normally
   * created file ({@code rw-r--r--}; {@link Files#createTempFile} alone makes it owner-only, which
   * would leave published reports unreadable to a web server).
   *
   * @param target the file that will replace
   * @return the new empty temporary file
   * @throws IOException when the folder cannot be created or written
   */
  public static Path tempFileFor(Path target) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
    if (Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
      Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
    }
    return tmp;
  }

  /**
   * Writes a UTF-8 text file atomically.
   *
   * @param target the file to create or replace
   * @param text the content
   * @throws IOException as {@link #write(Path, Content)}
   */
  public static void writeString(Path target, String text) throws IOException {
    write(target, w -> w.write(text));
  }

  /**
   * Renames {@code source} over {@code target}, atomically where the file system allows.
   *
   * @param source an existing file or folder
   * @param target where it goes
   * @throws IOException when the rename fails
   */
  public static void move(Path source, Path target) throws IOException {
    try {
      Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
