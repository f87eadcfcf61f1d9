package dev.kpikit.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kpikit.TestData;
import dev.kpikit.load.DatasetLoader;
import dev.kpikit.load.LoadOptions;
import dev.kpikit.load.LoadResult;
import dev.kpikit.schema.Dataset;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * The summary kpikit computes from the raw CDNOW sample, loaded through the real loader with the
 * {@code cdnow-sample} preset, equals the published one ({@code cdnow_customers_summary.csv} and
 * {@code ..._with_transactions.csv}, from Bruce Hardie's note and the lifetimes datasets) for all
 * 2,357 customers: calibration = the first 39 weeks, 1997-01-01 to 1997-09-30.
 */
class CdnowSummaryTest {
  static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);
  static final LocalDate HOLDOUT_END = LocalDate.of(1998, 6, 30);
  static LoadResult loaded;
  static RfmSummary computed;

  @BeforeAll
  static void loadAndSummarise() {
    loaded =
        DatasetLoader.load(
            Dataset.ORDERS,
            List.of(TestData.dataset("cdnow/CDNOW_sample.txt").toString()),
            LoadOptions.builder().preset("cdnow-sample").build());
    computed =
        RfmSummary.fromOrders(
            loaded.table(), new RfmOptions(CALIBRATION_END, HOLDOUT_END, PeriodUnit.WEEK));
  }

  @Test
  void loader_readsEveryPurchaseOfTheSpaceAlignedFile() {
    assertEquals(6919, loaded.table().rowCount());
    assertEquals(0, loaded.rejects().size());
    assertEquals(244_091.94, loaded.table().numberColumn("amount").sum(), 1e-6);
  }

  @Test
  void summary_equalsThePublishedOne_forEveryCustomer() throws Exception {
    Table published = CdnowPublishedFitsTest.read("cdnow/cdnow_customers_summary.csv");
    Table spend = CdnowPublishedFitsTest.read("cdnow/cdnow_customers_summary_with_transactions.csv");
    assertEquals(2357, computed.size());
    java.util.Map<String, Integer> row = new java.util.HashMap<>();
    String[] ids = computed.ids();
    for (int i = 0; i < ids.length; i++) {
      row.put(String.valueOf(Integer.parseInt(ids[i])), i); // the file writes 0001, the summary 1
    }
    int[] x = computed.frequency();
    double[] tx = computed.recency();
    double[] age = computed.age();
    double[] m = computed.monetary();
    for (int k = 0; k < published.rowCount(); k++) {
      String id = published.column("ID").getString(k);
      int i = row.get(id);
      assertEquals(published.numberColumn("frequency").getDouble(k), x[i], "frequency of " + id);
      assertEquals(published.numberColumn("recency").getDouble(k), round2(tx[i]), "recency of " + id);
      assertEquals(published.numberColumn("T").getDouble(k), round2(age[i]), "T of " + id);
      double zbar = spend.numberColumn("zbar").getDouble(k);
      // zbar is written to 2 decimals; halves (18.135) are rounded either way by the publisher.
      assertEquals(zbar, x[i] == 0 ? 0.0 : m[i], 0.005 + 1e-9, "mean repeat spend of " + id);
    }
  }

  @Test
  void holdout_counts1882RepeatPurchaseDays() {
    long total = 0;
    for (int h : computed.holdoutPurchases()) {
      total += h;
    }
    assertEquals(1882, total);
  }

  static double round2(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
