package dev.kpikit.load.parse;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneRules;

/** Converts a date-time written with a UTC offset to the calendar date in the business zone. */
final class BusinessDate {
  private static final int SECONDS_PER_DAY = 86_400;

  private final ZoneId zone;
  private final ZoneRules rules;
  private final boolean fixedOffset;
  private final int fixedOffsetSeconds;

  BusinessDate(ZoneId zone) {
    this.zone = zone;
    this.rules = zone.getRules();
    this.fixedOffset = rules.isFixedOffset();
    this.fixedOffsetSeconds = fixedOffset ? rules.getOffset(Instant.EPOCH).getTotalSeconds() : 0;
  }

  ZoneId zone() {
    return zone;
  }

  /**
   * The business date of the instant written as {@code date} at {@code secondOfDay} with the
   * given offset from UTC (e.g. -18000 for {@code -05:00}).
   */
  LocalDate of(LocalDate date, int secondOfDay, int offsetSeconds) {
    long epochSecond = date.toEpochDay() * SECONDS_PER_DAY + secondOfDay - offsetSeconds;
    int businessOffset =
        fixedOffset
            ? fixedOffsetSeconds
            : rules.getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds();
    return LocalDate.ofEpochDay(Math.floorDiv(epochSecond + businessOffset, SECONDS_PER_DAY));
  }
}
