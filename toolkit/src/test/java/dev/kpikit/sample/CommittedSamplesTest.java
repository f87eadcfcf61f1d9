package dev.kpikit.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The committed {@code data-samples/} can never drift from the generator. */
class CommittedSamplesTest {
  private static final Path DATA_SAMPLES = Path.of("..", "data-samples");
  private static final long TEN_MB = 10L * 1024 * 1024;

  @TempDir Path tmp;

  @ParameterizedTest
  @EnumSource(SampleBusiness.class)
  void defaultOptions_reproduceTheCommittedFolderByteForByte(SampleBusiness business)
      throws IOException {
    Path committed = DATA_SAMPLES.resolve(business.label());

    business.write(tmp, SampleOptions.DEFAULT);

    assertEquals(fileNames(committed), fileNames(tmp));
    for (String name : fileNames(tmp)) {
      // compared as text so that a failure shows the first differing line
      assertEquals(
          Files.readString(committed.resolve(name), StandardCharsets.UTF_8),
          Files.readString(tmp.resolve(name), StandardCharsets.UTF_8),
          business.label() + "/" + name + " differs: regenerate with `kpikit sample`");
    }
  }

  @Test
  void committedSamples_stayUnderTenMegabytes() throws IOException {
    try (Stream<Path> files = Files.walk(DATA_SAMPLES)) {
      long bytes = files.filter(Files::isRegularFile).mapToLong(CommittedSamplesTest::size).sum();
      assertTrue(bytes < TEN_MB, "data-samples holds " + bytes + " bytes");
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> fileNames(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
