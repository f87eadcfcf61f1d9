package dev.kpikit.sample;

import java.util.Arrays;

/**
 * The customers due back on each day, as one linked list per day held in two primitive arrays (4
 * bytes per customer and per day, nothing per order): a generator adds a customer to the day of
 * its next visit and takes each day's list when it gets there.
 */
final class VisitQueue {
  /** What {@link #take} and {@link #next} return at the end of a day's list. */
  static final int END = -1;

  private final int firstDay;
  private final int[] firstOfDay;
  private final int[] nextInDay;

  /**
   * @param firstDay the first day index that may be queued (negative for a warm-up before the data)
   * @param days the number of days from {@code firstDay}
   * @param customers the number of customers
   */
  VisitQueue(int firstDay, int days, int customers) {
    this.firstDay = firstDay;
    firstOfDay = new int[days];
    nextInDay = new int[customers];
    Arrays.fill(firstOfDay, END);
  }

  /** Queues customer {@code c} on {@code day}; a customer is in at most one day's list. */
  void add(int day, int c) {
    nextInDay[c] = firstOfDay[day - firstDay];
    firstOfDay[day - firstDay] = c;
  }

  /** Empties {@code day}'s list and returns its first customer, or {@link #END}. */
  int take(int day) {
    int first = firstOfDay[day - firstDay];
    firstOfDay[day - firstDay] = END;
    return first;
  }

  /** The customer after {@code c} in the list {@code c} was taken from, or {@link #END}. */
  int next(int c) {
    return nextInDay[c];
  }
}
