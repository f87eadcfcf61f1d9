///usr/bin/env jbang "$0" "$@" ; exit $?
//DEPS dev.kpikit:kpikit:0.1.0-SNAPSHOT
//JAVA 17+

import dev.kpikit.Business;
import dev.kpikit.Kpikit;
import dev.kpikit.notebook.Charts;
import java.nio.file.Files;
import java.nio.file.Path;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.api.VerticalBarPlot;
import tech.tablesaw.plotly.components.Figure;

/**
 * Channel economics: what a new customer costs in each acquisition channel (CAC), what they are
 * worth (LTV), and how the two compare, over the trailing twelve months.
 *
 * <pre>
 * jbang notebooks/ChannelEconomics.java [DATA_DIR] [OUT_DIR]
 * </pre>
 *
 * DATA_DIR defaults to {@code data-samples/northwind-coffee}, OUT_DIR to {@code
 * out/channel-economics}. Writes {@code channel_economics.csv} and {@code channel_economics.html},
 * a bar chart of LTV:CAC by channel that works offline (plotly.js is copied into {@code assets/}
 * beside it). A ratio of 3 or more is the usual rule of thumb for a channel worth its spend.
 */
public class ChannelEconomics {
  public static void main(String... args) throws Exception {
    Path data = Path.of(args.length > 0 ? args[0] : "data-samples/northwind-coffee");
    Path out = Path.of(args.length > 1 ? args[1] : "out/channel-economics");

    Business business = Kpikit.open(data);
    Table economics =
        business
            .unitEconomics()
            .table()
            .retainColumns(
                "channel", "cac", "arpa", "churn_rate", "ltv", "ltv_cac", "cac_payback_months")
            .setName("channel_economics (TTM to " + business.asOf() + ")");
    System.out.println(economics.print());

    Files.createDirectories(out);
    economics.write().csv(out.resolve("channel_economics.csv").toFile());
    Table channels = economics.where(economics.stringColumn("channel").isNotEqualTo("ALL"));
    Figure chart =
        VerticalBarPlot.create("LTV:CAC by acquisition channel", channels, "channel", "ltv_cac");
    Charts.writePage(chart, out.resolve("channel_economics.html"));
    System.out.println(
        "Wrote channel_economics.csv and channel_economics.html to " + out.toAbsolutePath());
  }
}
