package dev.kpikit.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark session kpikit runs in: the one {@code spark-submit} configured (its master, YARN,
 * Kubernetes or standalone), else a {@code local[2]} session for {@code kpikit metrics --engine
 * spark} on one machine, with the web UI off and few shuffle partitions (the merged rows are few).
 */
public final class SparkSessions {
  /** The master when none is configured: two local cores. */
  public static final String LOCAL_MASTER = "local[2]";

  private SparkSessions() {}

  /**
   * @return the active or default session, else a new one ({@link #LOCAL_MASTER} unless {@code
   *     spark.master} is set, e.g. by spark-submit; a local master gets the UI off and 4 shuffle
   *     partitions unless configured)
   */
  public static SparkSession getOrCreate() {
    SparkConf conf = new SparkConf();
    SparkSession.Builder b = SparkSession.builder().appName("kpikit");
    String master = conf.get("spark.master", LOCAL_MASTER);
    if (master.startsWith("local")) {
      b.master(master)
          .config("spark.ui.enabled", conf.get("spark.ui.enabled", "false"))
          .config("spark.sql.shuffle.partitions", conf.get("spark.sql.shuffle.partitions", "4"))
          .config("spark.driver.host", conf.get("spark.driver.host", "127.0.0.1"));
    }
    return b.getOrCreate();
  }
}
