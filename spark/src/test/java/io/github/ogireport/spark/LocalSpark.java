package io.github.ogireport.spark;

import org.apache.spark.sql.SparkSession;

/**
 * One {@code local[2]} session for every test class of the run: starting Spark costs seconds, and the tests run
 * one after another in one JVM. Stopped when the JVM exits.
 */
final class LocalSpark {
    private static SparkSession session;

    private LocalSpark() {
    }

    static synchronized SparkSession get() {
        if (session == null) {
            session = SparkSession.builder()
                    .master("local[2]")
                    .appName("ogi-report-spark-test")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "2")
                    // the machine's name may not resolve in a sandbox: the driver talks to itself on loopback
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .getOrCreate();
            Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
        }
        return session;
    }
}
