package dev.kpikit.metrics;

import java.time.LocalDate;
import java.util.Random;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A seeded generator of subscription spells as a raw export holds them (start = signup), with
 * trials of every outcome: converting (the same spell goes on, or a touching paid spell starts on
 * the trial's end), never converting (the spell ends on or before the trial's end), cancelled
 * early, converting only after a gap, a second trial after a lapsed one or right on its end, trials still running or
 * starting after the analysis date, paid spells without a trial and rows without customer_id.
 * Columns: line, customer_id, start_date, end_date, mrr, trial_end, region.
 */
final class TrialSpellGenerator {
  private static final int[] TRIAL_DAYS = {7, 14, 30};
  private static final String[] REGIONS = {"north", "south", ""};

  private final Random random;
  private final StringColumn ids = StringColumn.create("customer_id");
  private final DateColumn starts = DateColumn.create("start_date");
  private final DateColumn ends = DateColumn.create("end_date");
  private final DoubleColumn mrr = DoubleColumn.create("mrr");
  private final DateColumn trialEnds = DateColumn.create("trial_end");
  private final StringColumn regions = StringColumn.create("region");

  private TrialSpellGenerator(long seed) {
    this.random = new Random(seed);
  }

  /**
   * @param seed the random seed
   * @param customers how many customers
   * @param from the earliest signup
   * @param to the latest signup
   * @return the spells table
   */
  static Table spells(long seed, int customers, LocalDate from, LocalDate to) {
    TrialSpellGenerator g = new TrialSpellGenerator(seed);
    int days = (int) (to.toEpochDay() - from.toEpochDay());
    for (int c = 0; c < customers; c++) {
      g.customer(c, from.plusDays(g.random.nextInt(days + 1)));
    }
    IntColumn line = IntColumn.create("line");
    for (int i = 0; i < g.ids.size(); i++) {
      line.append(i + 1);
    }
    return Table.create("customers", line, g.ids, g.starts, g.ends, g.mrr, g.trialEnds, g.regions);
  }

  private void customer(int c, LocalDate signup) {
    String id = random.nextInt(40) == 0 ? "" : "C" + c;
    String region = REGIONS[random.nextInt(REGIONS.length)];
    LocalDate trialEnd = signup.plusDays(TRIAL_DAYS[random.nextInt(TRIAL_DAYS.length)]);
    int kind = random.nextInt(10);
    switch (kind) {
      case 0, 1, 2 -> row(id, signup, random.nextBoolean() ? null : trialEnd.plusDays(1 + random.nextInt(400)), trialEnd, region);
      case 3 -> row(id, signup, trialEnd, trialEnd, region); // never converts
      case 4 -> row(id, signup, signup.plusDays(random.nextInt((int) (trialEnd.toEpochDay() - signup.toEpochDay()))), trialEnd, region); // cancelled early
      case 5 -> { // converts through a touching paid spell
        row(id, signup, trialEnd, trialEnd, region);
        row(id, trialEnd, random.nextBoolean() ? null : trialEnd.plusDays(30 + random.nextInt(300)), null, region);
      }
      case 6 -> { // pays only after a gap
        row(id, signup, trialEnd, trialEnd, region);
        row(id, trialEnd.plusDays(1 + random.nextInt(20)), null, null, region);
      }
      case 7 -> { // a second trial after a lapsed first one
        row(id, signup, trialEnd, trialEnd, region);
        LocalDate again = trialEnd.plusDays(10 + random.nextInt(100));
        row(id, again, null, again.plusDays(14), REGIONS[random.nextInt(REGIONS.length)]);
      }
      case 8 -> { // a new trial right after the first: not paying on the first trial's end
        row(id, signup, trialEnd, trialEnd, region);
        row(id, trialEnd, null, trialEnd.plusDays(14), region);
      }
      default -> row(id, signup, random.nextBoolean() ? null : signup.plusDays(20 + random.nextInt(400)), null, region); // no trial
    }
  }

  private void row(String id, LocalDate start, LocalDate end, LocalDate trialEnd, String region) {
    ids.append(id);
    starts.append(start);
    ends.append(end);
    mrr.append(10 + random.nextInt(90));
    trialEnds.append(trialEnd);
    regions.append(region);
  }
}
