package dev.kpikit.sample;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The staff of a sample business: a headcount that grows linearly from a starting to a final size
 * (set from the business's revenue), split over departments by share (at least one person each),
 * people who quit or are let go at monthly rates, and replacements hired the same month. Small by
 * nature (a handful to thousands of people), so it is held in memory.
 */
final class Workforce {
  /** Where a department's payroll goes in the financials. */
  enum CostLine {
    RND,
    SALES_MARKETING,
    OTHER
  }

  /**
   * A department: its share of the headcount, monthly voluntary and involuntary separation rates,
   * annual salary in cents, cost line and the regions it hires in.
   */
  record Department(
      String name,
      double share,
      double quitRate,
      double dismissalRate,
      long annualSalaryCents,
      CostLine costLine,
      List<String> regions) {}

  private static final int NO_END = Integer.MAX_VALUE;
  private static final int LONGEST_PRIOR_TENURE_DAYS = 1500;

  private static final class Person {
    final int department;
    final String region;
    final int hireDay;
    int endDay = NO_END;
    boolean voluntary;

    Person(int department, String region, int hireDay) {
      this.department = department;
      this.region = region;
      this.hireDay = hireDay;
    }

    boolean activeOn(int day) {
      return hireDay <= day && day < endDay;
    }
  }

  /** The planned headcount of a department at the end of a month index (-1: before the first). */
  interface Target {
    long headcount(int department, int month);
  }

  private final SampleCalendar cal = SampleCalendar.INSTANCE;
  private final List<Department> departments;
  private final List<Person> people = new ArrayList<>();
  private final Target target;

  /** Simulates the 36 months, the headcount growing from about {@code start} to {@code end}. */
  Workforce(List<Department> departments, double start, double end, SplittableRandom rng) {
    this(departments, linear(departments, start, end), rng);
  }

  /**
   * Simulates the 36 months, each department staffed to its {@code target} at every month end (0
   * for a department that does not exist yet: nobody is hired before its target is positive).
   */
  Workforce(List<Department> departments, Target target, SplittableRandom rng) {
    this.departments = List.copyOf(departments);
    this.target = target;
    for (int d = 0; d < departments.size(); d++) {
      for (int i = 0; i < target.headcount(d, -1); i++) {
        people.add(newPerson(d, -1 - rng.nextInt(LONGEST_PRIOR_TENURE_DAYS), rng));
      }
    }
    for (int m = 0; m < SampleCalendar.MONTHS; m++) {
      separate(m, rng);
      hire(m, rng);
    }
    people.sort(Comparator.comparingInt(p -> p.hireDay));
  }

  /**
   * A workforce sized by revenue: about {@code first-year revenue / revenuePerEmployee} people at
   * the start, growing to {@code last-year revenue / revenuePerEmployee}.
   */
  static Workforce sizedByRevenue(
      List<Department> departments,
      long[] monthlyRevenueCents,
      long revenuePerEmployeeCents,
      SplittableRandom rng) {
    return new Workforce(
        departments,
        (double) yearOf(monthlyRevenueCents, 0) / revenuePerEmployeeCents,
        (double) yearOf(monthlyRevenueCents, 2) / revenuePerEmployeeCents,
        rng);
  }

  /** The sum of the 12 months of a year index (0 = 2023). */
  static long yearOf(long[] monthly, int year) {
    long sum = 0;
    for (int m = year * 12; m < year * 12 + 12; m++) {
      sum += monthly[m];
    }
    return sum;
  }

  private Person newPerson(int department, int hireDay, SplittableRandom rng) {
    List<String> regions = departments.get(department).regions();
    return new Person(department, regions.get(rng.nextInt(regions.size())), hireDay);
  }

  private void separate(int month, SplittableRandom rng) {
    int first = cal.firstDayOf(month);
    for (Person p : people) {
      if (p.hireDay < first && p.endDay == NO_END) {
        Department dept = departments.get(p.department);
        double u = rng.nextDouble();
        if (u < dept.quitRate() + dept.dismissalRate()) {
          p.endDay = first + rng.nextInt(cal.lengthOf(month));
          p.voluntary = u < dept.quitRate();
        }
      }
    }
  }

  private void hire(int month, SplittableRandom rng) {
    int first = cal.firstDayOf(month);
    int lastDay = first + cal.lengthOf(month) - 1;
    for (int d = 0; d < departments.size(); d++) {
      long staffed = countActive(d, lastDay);
      for (long i = staffed; i < target.headcount(d, month); i++) {
        people.add(newPerson(d, first + rng.nextInt(cal.lengthOf(month)), rng));
      }
    }
  }

  /** A total headcount growing linearly from {@code start} to {@code end}, split by share. */
  private static Target linear(List<Department> departments, double start, double end) {
    return (department, month) -> {
      double total = start + (end - start) * (month + 1.0) / SampleCalendar.MONTHS;
      return Math.max(1, Math.round(total * departments.get(department).share()));
    };
  }

  private long countActive(int department, int day) {
    return people.stream().filter(p -> p.department == department && p.activeOn(day)).count();
  }

  /** The payroll of one cost line in a month: people on staff mid-month times salary / 12. */
  long payrollCents(int month, CostLine line) {
    int midMonth = cal.firstDayOf(month) + 14;
    long cents = 0;
    for (Person p : people) {
      Department dept = departments.get(p.department);
      if (dept.costLine() == line && p.activeOn(midMonth)) {
        cents += dept.annualSalaryCents() / 12;
      }
    }
    return cents;
  }

  /** The number of people on staff in the middle of a month. */
  long headcount(int month) {
    int midMonth = cal.firstDayOf(month) + 14;
    return people.stream().filter(p -> p.activeOn(midMonth)).count();
  }

  /** Writes {@code employees.csv} rows in hiring order, ids {@code E0001}, {@code E0002}, ... */
  void writeTo(CsvSink sink) throws IOException {
    String[] row = new String[SampleColumns.EMPLOYEES.size()];
    int id = 0;
    for (Person p : people) {
      boolean left = p.endDay != NO_END;
      row[0] = String.format("E%04d", ++id);
      row[1] = cal.date(p.hireDay).toString();
      row[2] = left ? cal.text(p.endDay) : "";
      row[3] = left ? (p.voluntary ? "voluntary" : "involuntary") : "";
      row[4] = departments.get(p.department).name();
      row[5] = p.region;
      sink.row(row);
    }
  }

  int size() {
    return people.size();
  }
}
