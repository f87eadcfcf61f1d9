///usr/bin/env jbang "$0" "$@" ; exit $?
//DEPS dev.kpikit:kpikit:0.1.0-SNAPSHOT
//JAVA 17+

import static tech.tablesaw.aggregate.AggregateFunctions.median;
import static tech.tablesaw.aggregate.AggregateFunctions.sum;

import dev.kpikit.Business;
import dev.kpikit.Kpikit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.joining.JoinType;

/**
 * Cohort deep dive: how many customers of each first-order month come back, and how much they
 * spend, k months later.
 *
 * <pre>
 * jbang notebooks/CohortDeepDive.java [DATA_DIR] [OUT_DIR] [MAX_OFFSET]
 * </pre>
 *
 * DATA_DIR defaults to {@code data-samples/northwind-coffee}, OUT_DIR to {@code out/cohorts},
 * MAX_OFFSET (the last month after the first order shown) to 12. Writes {@code cohort_triangle.csv}
 * (cohort by offset, retention) and {@code retention_curve.csv} (the average over cohorts, weighted
 * by cohort size, of customer and revenue retention).
 */
public class CohortDeepDive {
  public static void main(String... args) throws Exception {
    Path data = Path.of(args.length > 0 ? args[0] : "data-samples/northwind-coffee");
    Path out = Path.of(args.length > 1 ? args[1] : "out/cohorts");
    int maxOffset = args.length > 2 ? Integer.parseInt(args[2]) : 12;

    Business business = Kpikit.open(data);
    Table cohorts = business.cohortRetention().table();
    Table revenue = business.cohortRevenueRetention().table();
    Table shown = cohorts.where(cohorts.intColumn("offset").isLessThanOrEqualTo(maxOffset));

    // The triangle: one row per cohort, one column per offset. Cells after as-of are missing.
    Table triangle = shown.pivot("cohort", "offset", "retention", sum).setName("cohort_triangle");
    List<String> inOffsetOrder = new ArrayList<>(List.of("cohort"));
    for (int k = 0; k <= maxOffset && triangle.containsColumn(String.valueOf(k)); k++) {
      inOffsetOrder.add(String.valueOf(k));
    }
    triangle = triangle.reorderColumns(inOffsetOrder.toArray(String[]::new));
    System.out.println(triangle.first(6).print());

    // Average retention by offset, weighted by cohort size, over the cohorts old enough to have it.
    Table observed = shown.dropRowsWithMissingValues();
    Table curve = observed.summarize("active_customers", "cohort_size", sum).by("offset");
    DoubleColumn retention =
        curve.numberColumn(1).divide(curve.numberColumn(2)).setName("retention");

    // Revenue retention: the median cohort, so that one big spender does not tilt the curve.
    Table revenueObserved =
        revenue
            .where(revenue.intColumn("offset").isLessThanOrEqualTo(maxOffset))
            .dropRowsWithMissingValues();
    Table revenueCurve = revenueObserved.summarize("revenue_retention", median).by("offset");
    revenueCurve.column(1).setName("median_revenue_retention");
    Table result =
        Table.create("retention_curve", curve.intColumn("offset"), retention)
            .joinOn("offset")
            .type(JoinType.LEFT_OUTER)
            .with(revenueCurve)
            .join();
    System.out.println(result.print());

    Files.createDirectories(out);
    triangle.write().csv(out.resolve("cohort_triangle.csv").toFile());
    result.write().csv(out.resolve("retention_curve.csv").toFile());
    System.out.println(
        "Wrote cohort_triangle.csv and retention_curve.csv to " + out.toAbsolutePath());
  }
}
