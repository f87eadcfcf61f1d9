package dev.kpikit.metrics;

import java.time.LocalDate;
import java.util.Random;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Seeded synthetic operations data for the oracle tests: inventory snapshots on varied dates (one
 * month-end count, mid-month counts, several counts, none), SKUs missing from some snapshots,
 * orders with refunds, unknown costs and dates on month boundaries, employees hired and terminated
 * on month boundaries and rehired under the same id, and monthly financials with gaps.
 */
final class OpsDataGenerator {
  static final LocalDate FIRST_MONTH = LocalDate.of(2022, 1, 1);
  static final String[] REGIONS = {"North", "South", "West"};
  static final String[] CATEGORIES = {"bikes", "parts", "apparel"};

  private final Random random;

  OpsDataGenerator(long seed) {
    random = new Random(seed);
  }

  /** Snapshots for 30 months from {@link #FIRST_MONTH}, 40 SKUs, some rows valued directly. */
  Table inventory() {
    DateColumn date = DateColumn.create("date");
    StringColumn sku = StringColumn.create("sku");
    DoubleColumn units = DoubleColumn.create("units_on_hand");
    DoubleColumn unitCost = DoubleColumn.create("unit_cost");
    DoubleColumn value = DoubleColumn.create("inventory_value");
    StringColumn region = StringColumn.create("region");
    StringColumn category = StringColumn.create("category");
    for (int month = 0; month < 30; month++) {
      for (LocalDate d : snapshotDates(FIRST_MONTH.plusMonths(month))) {
        for (int s = 0; s < 40; s++) {
          if (random.nextDouble() < 0.15) {
            continue; // SKU not counted on this date
          }
          double cost = 5 + s * 1.25 + random.nextInt(3);
          double u = random.nextInt(200);
          date.append(d);
          sku.append("SKU-" + s);
          units.append(u);
          unitCost.append(cost);
          value.append(
              random.nextDouble() < 0.3 ? Math.round(u * cost * 0.9 * 100) / 100.0 : Double.NaN);
          region.append(s % 7 == 6 ? "" : REGIONS[s % 3]);
          category.append(CATEGORIES[s % 3]);
        }
      }
    }
    return Table.create("inventory", date, sku, units, unitCost, value, region, category);
  }

  /** The count dates of one month, chosen among the patterns real stock takes follow. */
  private LocalDate[] snapshotDates(LocalDate monthStart) {
    LocalDate end = monthStart.plusMonths(1).minusDays(1);
    int pattern = random.nextInt(10);
    if (pattern < 5) {
      return new LocalDate[] {end};
    } else if (pattern < 7) {
      return new LocalDate[] {monthStart.plusDays(random.nextInt(27))};
    } else if (pattern < 9) {
      return new LocalDate[] {monthStart, monthStart.plusDays(14), end};
    }
    return new LocalDate[0];
  }

  /** 4,000 order lines over 31 months, with refunds, unknown costs and unknown products. */
  Table orders() {
    StringColumn id = StringColumn.create("order_id");
    DateColumn date = DateColumn.create("order_date");
    DoubleColumn amount = DoubleColumn.create("amount");
    DoubleColumn cost = DoubleColumn.create("cost");
    StringColumn region = StringColumn.create("region");
    StringColumn product = StringColumn.create("product");
    for (int i = 0; i < 4000; i++) {
      LocalDate monthStart = FIRST_MONTH.plusMonths(random.nextInt(31));
      int day = random.nextInt(10);
      LocalDate d =
          day == 0
              ? monthStart
              : day == 1
                  ? monthStart.plusMonths(1).minusDays(1)
                  : monthStart.plusDays(random.nextInt(28));
      double a = Math.round(random.nextDouble() * 50000) / 100.0;
      boolean refund = random.nextDouble() < 0.05;
      id.append("O" + i);
      date.append(d);
      amount.append(refund ? -a : a);
      double c = Math.round(a * (0.4 + random.nextDouble() * 0.3) * 100) / 100.0;
      cost.append(random.nextDouble() < 0.03 ? Double.NaN : refund ? -c : c);
      region.append(random.nextDouble() < 0.04 ? "" : REGIONS[random.nextInt(3)]);
      product.append(random.nextDouble() < 0.05 ? "GIFT-CARD" : "SKU-" + random.nextInt(40));
    }
    return Table.create("orders", id, date, amount, cost, region, product);
  }

  private static final String[] TERMINATION_TYPES = {
    "Voluntary", "INVOLUNTARY", " voluntary ", "retired", ""
  };
  private static final String[] DEPARTMENTS = {"Sales", "R&D", "Support", ""};

  /**
   * 600 employees hired from 2019 to mid 2024 (a sixth on the first and a sixth on the last day of
   * a month); half leave, some in their hiring month or on their first day, a sixth of the leavers
   * are rehired under the same id after a gap.
   */
  Table employees() {
    StringColumn id = StringColumn.create("employee_id");
    DateColumn hire = DateColumn.create("hire_date");
    DateColumn termination = DateColumn.create("termination_date");
    StringColumn type = StringColumn.create("termination_type");
    StringColumn department = StringColumn.create("department");
    for (int e = 0; e < 600; e++) {
      LocalDate hired = dayInMonth(LocalDate.of(2019, 1, 1).plusMonths(random.nextInt(66)));
      String dept = DEPARTMENTS[random.nextInt(DEPARTMENTS.length)];
      for (int spell = 0; spell < 2; spell++) {
        LocalDate left = random.nextBoolean() ? null : leavingDate(hired);
        id.append("E" + e);
        hire.append(hired);
        termination.append(left);
        type.append(
            left == null ? "" : TERMINATION_TYPES[random.nextInt(TERMINATION_TYPES.length)]);
        department.append(dept);
        if (left == null || random.nextInt(6) != 0) {
          break;
        }
        hired = left.plusDays(random.nextInt(400));
      }
    }
    return Table.create("employees", id, hire, termination, type, department);
  }

  private LocalDate dayInMonth(LocalDate monthStart) {
    int pick = random.nextInt(6);
    return pick == 0
        ? monthStart
        : pick == 1
            ? monthStart.plusMonths(1).minusDays(1)
            : monthStart.plusDays(random.nextInt(28));
  }

  private LocalDate leavingDate(LocalDate hired) {
    int pick = random.nextInt(10);
    if (pick == 0) {
      return hired; // left on the first day
    } else if (pick == 1) {
      return hired.withDayOfMonth(hired.lengthOfMonth()); // within the hiring month
    }
    return dayInMonth(hired.plusMonths(1 + random.nextInt(40)).withDayOfMonth(1));
  }

  static final String[] FINANCIAL_AMOUNTS = {
    "revenue",
    "cogs",
    "opex",
    "rnd_spend",
    "current_assets",
    "current_liabilities",
    "total_debt",
    "equity",
    "interest_expense",
    "ebit"
  };

  /**
   * Monthly statements of two business units for 2022 to 2024, dated on the first or the 15th of
   * the month; a tenth of the unit-months absent, a twentieth of the amounts unknown, and some
   * months without interest.
   */
  Table financials() {
    DateColumn period = DateColumn.create("period");
    StringColumn unit = StringColumn.create("unit");
    DoubleColumn[] amounts = new DoubleColumn[FINANCIAL_AMOUNTS.length];
    for (int a = 0; a < amounts.length; a++) {
      amounts[a] = DoubleColumn.create(FINANCIAL_AMOUNTS[a]);
    }
    for (int month = 0; month < 36; month++) {
      for (String u : new String[] {"retail", "wholesale"}) {
        if (random.nextInt(10) == 0) {
          continue;
        }
        period.append(FIRST_MONTH.plusMonths(month).withDayOfMonth(random.nextBoolean() ? 1 : 15));
        unit.append(u);
        for (int a = 0; a < amounts.length; a++) {
          double value = Math.round(random.nextDouble() * 1_000_000) / 100.0;
          boolean noInterest = a == 8 && random.nextInt(8) == 0;
          amounts[a].append(random.nextInt(20) == 0 ? Double.NaN : noInterest ? 0 : value);
        }
      }
    }
    Table t = Table.create("financials", period, unit);
    return t.addColumns(amounts);
  }
}
