package dev.kpikit.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A seeded generator of subscription spells with the awkward cases the definitions must survive:
 * plan changes as touching spells, reactivations after a gap, overlapping add-on spells, spells
 * starting and ending in the same month, ends on the last and first day of a month, zero-length
 * spells, rows without customer_id, spells starting or ending after the analysis date, and missing
 * MRR. Columns: line, customer_id, start_date, end_date, mrr, plan, region.
 */
final class SpellGenerator {
  private static final String[] PLANS = {"basic", "pro", "team"};
  private static final double[] PRICES = {29.9, 99.45, 249.15};
  private static final String[] REGIONS = {"north", "south", "east", ""};

  private final Random random;
  private final LocalDate from;
  private final LocalDate to;
  private final StringColumn ids = StringColumn.create("customer_id");
  private final DateColumn starts = DateColumn.create("start_date");
  private final DateColumn ends = DateColumn.create("end_date");
  private final DoubleColumn mrr = DoubleColumn.create("mrr");
  private final StringColumn plans = StringColumn.create("plan");
  private final StringColumn regions = StringColumn.create("region");

  private SpellGenerator(long seed, LocalDate from, LocalDate to) {
    this.random = new Random(seed);
    this.from = from;
    this.to = to;
  }

  /**
   * @param seed the random seed
   * @param customers how many customers
   * @param from the earliest start
   * @param to the latest start (spells may end later)
   * @return the spells table
   */
  static Table spells(long seed, int customers, LocalDate from, LocalDate to) {
    SpellGenerator g = new SpellGenerator(seed, from, to);
    for (int c = 0; c < customers; c++) {
      g.customer("C" + c);
    }
    IntColumn line = IntColumn.create("line");
    for (int i = 0; i < g.ids.size(); i++) {
      line.append(i + 1);
    }
    return Table.create("customers", line, g.ids, g.starts, g.ends, g.mrr, g.plans, g.regions);
  }

  private void customer(String id) {
    String region = REGIONS[random.nextInt(REGIONS.length)];
    String customerId = random.nextInt(25) == 0 ? "" : id;
    long span = to.toEpochDay() - from.toEpochDay();
    LocalDate start = from.plusDays(random.nextInt((int) span + 1));
    int plan = random.nextInt(PLANS.length);
    int spells = 1 + random.nextInt(4);
    List<LocalDate[]> chain = new ArrayList<>();
    for (int s = 0; s < spells; s++) {
      LocalDate end = endOf(start);
      chain.add(new LocalDate[] {start, end});
      if (end == null) {
        break;
      }
      start = nextStart(start, end);
    }
    for (LocalDate[] spell : chain) {
      add(customerId, spell[0], spell[1], plan, region);
      plan = random.nextInt(PLANS.length);
      region = random.nextInt(8) == 0 ? REGIONS[random.nextInt(REGIONS.length)] : region;
    }
  }

  private LocalDate endOf(LocalDate start) {
    return switch (random.nextInt(8)) {
      case 0 -> null;
      case 1 -> start.plusDays(1 + random.nextInt(20));
      case 2 -> start.plusMonths(random.nextInt(6)).withDayOfMonth(1).plusMonths(1).minusDays(1);
      case 3 -> start.plusMonths(1 + random.nextInt(6)).withDayOfMonth(1);
      case 4 -> random.nextInt(3) == 0 ? start : start.plusDays(400 + random.nextInt(400));
      default -> start.plusDays(1 + random.nextInt(300));
    };
  }

  private LocalDate nextStart(LocalDate start, LocalDate end) {
    return switch (random.nextInt(4)) {
      case 0 -> end;
      case 1 -> end.minusDays(random.nextInt((int) Math.max(1, end.toEpochDay() - start.toEpochDay())));
      default -> end.plusDays(1 + random.nextInt(200));
    };
  }

  private void add(String id, LocalDate start, LocalDate end, int plan, String region) {
    ids.append(id);
    starts.append(start);
    if (end == null) {
      ends.appendMissing();
    } else {
      ends.append(end);
    }
    mrr.append(random.nextInt(50) == 0 ? Double.NaN : PRICES[plan] * (1 + random.nextInt(3)));
    plans.append(PLANS[plan]);
    regions.append(region);
  }
}
