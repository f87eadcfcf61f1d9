package dev.kpikit.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SampleDeterminismTest {
  private static final SampleOptions SMALL = SampleOptions.DEFAULT.withOrderRows(4_000);

  @TempDir Path tmp;

  @ParameterizedTest
  @EnumSource(SampleBusiness.class)
  void sameSeed_writesIdenticalBytes(SampleBusiness business) throws IOException {
    SampleResult first = business.write(tmp.resolve("a"), SMALL);
    business.write(tmp.resolve("b"), SMALL);

    for (SampleFile file : first.files()) {
      assertArrayEquals(
          Files.readAllBytes(tmp.resolve("a").resolve(file.name())),
          Files.readAllBytes(tmp.resolve("b").resolve(file.name())),
          file.name());
    }
  }

  @ParameterizedTest
  @EnumSource(SampleBusiness.class)
  void otherSeed_writesOtherOrders(SampleBusiness business) throws IOException {
    business.write(tmp.resolve("a"), SMALL);
    business.write(tmp.resolve("b"), SMALL.withSeed(SMALL.seed() + 1));

    assertFalse(
        Arrays.equals(
            Files.readAllBytes(tmp.resolve("a/orders.csv")),
            Files.readAllBytes(tmp.resolve("b/orders.csv"))));
  }

  @ParameterizedTest
  @EnumSource(SampleBusiness.class)
  void rewriting_replacesFilesAndLeavesNoTemporaryFiles(SampleBusiness business)
      throws IOException {
    SampleResult result = business.write(tmp, SMALL);
    business.write(tmp, SMALL);

    try (var listing = Files.list(tmp)) {
      assertEquals(result.files().size(), listing.count());
    }
  }
}
