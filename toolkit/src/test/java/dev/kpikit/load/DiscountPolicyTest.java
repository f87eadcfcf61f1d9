package dev.kpikit.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.config.DataFolder;
import dev.kpikit.schema.Dataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DoubleColumn;

/**
 * {@code policies.discounts}: c1 pays 100 with a 20 coupon, c2 100 with a coupon larger than its
 * price, c3 100 without a discount, c4 has no mrr but a discount.
 */
class DiscountPolicyTest {
  @TempDir Path dir;

  private DoubleColumn mrr(String yaml) throws IOException {
    return FolderFixtures.load(dir, yaml, Dataset.CUSTOMERS,
            "customer_id,start_date,mrr,discount\nc1,2024-01-05,100,20\nc2,2024-01-05,100,150\nc3,2024-01-05,100,\nc4,2024-01-05,,5\n")
        .table().doubleColumn("mrr");
  }

  @Test
  void byDefaultMrrIsNetOfDiscountsAndNeverNegative() throws IOException {
    DoubleColumn mrr = mrr("currency: EUR\n");
    assertEquals(Arrays.asList(100.0 - 20, 0.0, 100.0), mrr.asList().subList(0, 3));
    assertTrue(mrr.isMissing(3));
  }

  @Test
  void grossKeepsMrrAsExported() throws IOException {
    assertEquals(Arrays.asList(100.0, 100.0, 100.0), mrr("policies:\n  discounts: gross\n").asList().subList(0, 3));
  }

  @Test
  void discountsInAnotherCurrencyAreConvertedBeforeNetting() throws IOException {
    Files.writeString(dir.resolve("fx_rates.csv"), "date,currency,rate\n2024-01-01,USD,0.5\n");
    Files.writeString(dir.resolve("kpikit.yaml"), "currency: EUR\n");
    Files.writeString(dir.resolve("customers.csv"), "customer_id,start_date,mrr,discount,currency\nc1,2024-01-05,100,20,USD\n");
    assertEquals(
        (100 - 20) * 0.5, DataFolder.open(dir).load(Dataset.CUSTOMERS).table().doubleColumn("mrr").get(0), 1e-9);
  }
}
