package dev.kpikit.cli;

import dev.kpikit.load.InputFiles;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The size of the data a command reads, for messages about memory: the data files under a path
 * (a file, or a folder searched two levels deep), gzip files counted at their uncompressed size.
 *
 * @param bytes the data's size in bytes, uncompressed
 * @param files how many data files
 * @param largest the largest file, or null when there is none
 * @param largestBytes the largest file's size in bytes, uncompressed
 */
record InputSize(long bytes, int files, Path largest, long largestBytes) {
  private static final int FOLDER_DEPTH = 2;

  /**
   * Measures a path; a path that cannot be listed counts as no data.
   *
   * @param path a data file or folder
   * @return its size
   */
  static InputSize of(Path path) {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(path, FOLDER_DEPTH)) {
      files =
          walk.filter(Files::isRegularFile)
              .filter(f -> InputFiles.isDataFile(f.getFileName().toString()))
              .toList();
    } catch (IOException | UncheckedIOException e) {
      files = List.of();
    }
    long total = 0;
    Path largest = null;
    long largestBytes = 0;
    for (Path f : files) {
      long size = uncompressedSize(f);
      total += size;
      if (largest == null || size > largestBytes) {
        largest = f;
        largestBytes = size;
      }
    }
    return new InputSize(total, files.size(), largest, largestBytes);
  }

  /**
   * @param bytes a size in bytes
   * @return it in MB (2^20 bytes) or GB, e.g. {@code 37 MB}, {@code 1.5 GB}
   */
  static String human(long bytes) {
    double mb = bytes / (double) (1L << 20);
    return mb < 1024
        ? String.format(Locale.ROOT, "%,.0f MB", Math.ceil(mb))
        : String.format(Locale.ROOT, "%,.1f GB", mb / 1024);
  }

  /** A gzip file's size from its trailer (ISIZE, modulo 4 GiB), any other file's on disk. */
  private static long uncompressedSize(Path file) {
    try {
      long onDisk = Files.size(file);
      if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz") || onDisk < 4) {
        return onDisk;
      }
      try (RandomAccessFile gz = new RandomAccessFile(file.toFile(), "r")) {
        gz.seek(onDisk - 4);
        long isize = Integer.toUnsignedLong(Integer.reverseBytes(gz.readInt()));
        return Math.max(isize, onDisk);
      }
    } catch (IOException e) {
      return 0;
    }
  }
}
