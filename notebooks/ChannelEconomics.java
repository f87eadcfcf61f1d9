///usr/bin/env jbang "$0" "$@" ; exit $?
//DEPS dev.kpikit:kpikit:0.1.0-SNAPSHOT
//JAVA 17+

import static tech.tablesaw.aggregate.AggregateFunctions.sum;

import dev.kpikit.Business;
import dev.kpikit.Kpikit;
import dev.kpikit.notebook.Charts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.joining.JoinType;
import tech.tablesaw.plotly.api.VerticalBarPlot;
import tech.tablesaw.plotly.components.Figure;

/**
 * Channel economics: what a new customer costs in each acquisition channel over the last twelve
 * months, and how many of them buy again.
 *
 * <pre>
 * jbang notebooks/ChannelEconomics.java [DATA_DIR] [OUT_DIR]
 * </pre>
 *
 * DATA_DIR defaults to {@code data-samples/northwind-coffee}, OUT_DIR to {@code
 * out/channel-economics}. Writes {@code channel_economics.csv} and {@code channel_economics.html}, a
 * bar chart that works offline (plotly.js is copied into {@code assets/} beside it).
 */
public class ChannelEconomics {
  public static void main(String... args) throws Exception {
    Path data = Path.of(args.length > 0 ? args[0] : "data-samples/northwind-coffee");
    Path out = Path.of(args.length > 1 ? args[1] : "out/channel-economics");

    Business business = Kpikit.open(data);
    YearMonth last = YearMonth.from(business.asOf());
    List<String> trailingYear = new ArrayList<>();
    for (int k = 11; k >= 0; k--) {
      trailingYear.add(last.minusMonths(k).toString());
    }

    // CAC over the trailing twelve months: their spend / their new customers (ALL = blended).
    Table cac = business.cac().monthly();
    Table year = cac.where(cac.stringColumn("month").isIn(trailingYear));
    Table channels = year.summarize("spend", "new_customers", sum).by("channel");
    channels.column(1).setName("spend");
    channels.column(2).setName("new_customers");
    DoubleColumn ttmCac = DoubleColumn.create("cac", channels.rowCount());
    for (int row = 0; row < channels.rowCount(); row++) {
      double customers = channels.doubleColumn("new_customers").getDouble(row);
      if (customers > 0) {
        ttmCac.set(row, channels.doubleColumn("spend").getDouble(row) / customers);
      }
    }
    channels.addColumns(ttmCac);

    // Repeat purchase rate by acquisition channel: do the customers a channel brings come back?
    Table repeat = business.repeatPurchase().table().retainColumns("channel", "repeat_purchase_rate");
    Table economics =
        channels.joinOn("channel").type(JoinType.LEFT_OUTER).with(repeat).join();
    System.out.println(economics.print());

    Files.createDirectories(out);
    economics.write().csv(out.resolve("channel_economics.csv").toFile());
    Table perChannel = economics.where(economics.stringColumn("channel").isNotEqualTo("ALL"));
    Figure chart =
        VerticalBarPlot.create("CAC by acquisition channel, trailing 12 months", perChannel, "channel", "cac");
    Charts.writePage(chart, out.resolve("channel_economics.html"));
    System.out.println("Wrote channel_economics.csv and channel_economics.html to " + out.toAbsolutePath());
  }
}
