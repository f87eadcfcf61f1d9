package dev.kpikit.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one Spark session every test of this module shares ({@code local[2]}, UI off, 4 shuffle
 * partitions, as {@link SparkSessions#getOrCreate()} builds it): starting Spark costs seconds, so it
 * starts once per test JVM and stops with it.
 */
final class SharedSpark {
  private static SparkSession session;

  private SharedSpark() {}

  /** @return the shared session, started on first use */
  static synchronized SparkSession get() {
    if (session == null) {
      System.setProperty("spark.master", SparkSessions.LOCAL_MASTER); // never a cluster from the environment
      session = SparkSessions.getOrCreate();
      session.sparkContext().setLogLevel("ERROR");
      Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
    }
    return session;
  }
}
