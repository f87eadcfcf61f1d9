package dev.kpikit.sample;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Orders stream to disk: the generators hold no per-order collection, and a large size gives about
 * the requested number of rows. (Heap and time at 10 million rows are measured by hand, see the
 * report; timing is not a unit-test concern.)
 */
class SampleStreamingTest {
  private static final long ROWS = 2_000_000;

  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(
      classes = {
        CoffeeOrders.class,
        SaasAccounts.class,
        BakeryOrders.class,
        CoffeeTotals.class,
        SaasTotals.class,
        BakeryTotals.class
      })
  void generators_holdNoCollections(Class<?> generator) {
    for (Field f : generator.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers())) {
        continue;
      }
      assertFalse(Collection.class.isAssignableFrom(f.getType()), f.toString());
      assertFalse(Map.class.isAssignableFrom(f.getType()), f.toString());
    }
  }

  @ParameterizedTest
  @EnumSource(SampleBusiness.class)
  void twoMillionRows_giveAboutTwoMillionOrderRows(SampleBusiness business) throws IOException {
    business.write(tmp, SampleOptions.DEFAULT.withOrderRows(ROWS).withClean(true));

    long rows;
    try (Stream<String> lines = Files.lines(tmp.resolve("orders.csv"))) {
      rows = lines.count() - 1;
    }
    assertTrue(Math.abs(rows - ROWS) < ROWS * 0.1, rows + " rows");
  }
}
