package dev.kpikit.job;

import java.time.Duration;

/**
 * How a report is published: how many dated runs to keep and how long to wait for another run
 * writing the same folder.
 *
 * @param keep runs kept under {@code runs/}, the latest included; at least 1
 * @param lockWait how long to wait for the folder's lock before giving up; zero tries once
 * @since 0.1.0
 */
public record PublishOptions(int keep, Duration lockWait) {
  /** A week of nightly runs. */
  public static final int DEFAULT_KEEP = 7;

  /**
   * One minute: long enough for a manual run to finish, short enough that nightly runs stuck
   * behind a hung one fail (and alert) instead of piling up.
   */
  public static final Duration DEFAULT_LOCK_WAIT = Duration.ofSeconds(60);

  /**
   * @throws IllegalArgumentException when {@code keep < 1} or the wait is negative
   */
  public PublishOptions {
    if (keep < 1) {
      throw new IllegalArgumentException("--keep: expected at least 1, got " + keep);
    }
    if (lockWait.isNegative()) {
      throw new IllegalArgumentException("--wait: expected 0 or more seconds, got " + lockWait.toSeconds());
    }
  }

  /** @return {@link #DEFAULT_KEEP} runs and {@link #DEFAULT_LOCK_WAIT} */
  public static PublishOptions defaults() {
    return new PublishOptions(DEFAULT_KEEP, DEFAULT_LOCK_WAIT);
  }
}
