package io.github.ogireport.spark;

import io.github.ogireport.model.Status;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code spark-submit} job: {@code batch} on a cluster. Every input under the paths (and in the manifest)
 * becomes one record, failures included, written twice: {@code DIR/reports.parquet} (the columns of
 * {@link ReportRows#schema()}) and {@code DIR/reports.jsonl} (the contract JSON, one report per line, exactly as
 * {@code batch} writes {@code reports.jsonl}), each a folder of part files in input order.
 *
 * <p>Exit status: 0 when the job ran, whatever became of single documents (the counts per status are printed;
 * unlike {@code batch}'s 3, since a cluster manager takes a non-zero exit for a failed application and may run it
 * again); 2 for a usage error. A failure of Spark itself ends the job as usual.
 */
public final class SparkBatch {
    static final int EXIT_OK = 0;
    static final int EXIT_USAGE = 2;

    private SparkBatch() {
    }

    public static void main(String[] args) {
        SparkSession spark = SparkSession.builder().appName("ogi-report").getOrCreate();
        int status;
        try {
            status = run(spark, args);
        } finally {
            spark.stop();
        }
        if (status != EXIT_OK) {
            System.exit(status);
        }
    }

    /** Runs the job in a session the caller owns (for tests) and returns the exit status. */
    static int run(SparkSession spark, String... args) {
        SparkBatchArgs a;
        List<InputRef> inputs = new ArrayList<>();
        try {
            a = SparkBatchArgs.parse(args);
            HadoopConf conf = SparkReports.hadoopConf(spark);
            inputs.addAll(SparkReports.listed(a.paths(), conf));
            if (a.fromList() != null) {
                inputs.addAll(SparkReports.fromManifest(a.fromList(), conf));
            }
            if (!a.overwrite()) {
                refuseExisting(a.out(), conf);
            }
        } catch (SparkBatchArgs.UsageException e) {
            if (!e.getMessage().isEmpty()) {
                System.err.println(e.getMessage());
            }
            System.err.print(SparkBatchArgs.USAGE);
            return e.getMessage().isEmpty() ? EXIT_OK : EXIT_USAGE;
        } catch (UncheckedIOException e) {
            System.err.println(e.getMessage());
            return EXIT_USAGE;
        }

        long start = System.nanoTime();
        JavaRDD<Row> rows = SparkReports.rows(spark, inputs, a.options(), DocumentParser.LIBRARY);
        // parsed once, used three times: the second write and the counts read the rows back from the executors'
        // disks instead of parsing the archive again (disk only: an archive's reports need not fit in memory; rows,
        // not a cached DataFrame, whose columnar cache costs more to set up for 236 columns than the parsing)
        rows.persist(StorageLevel.DISK_ONLY());
        try {
            SaveMode mode = a.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
            SparkReports.toDataFrame(spark, rows).write().mode(mode).parquet(a.out() + "/reports.parquet");
            int json = ReportRows.ROW_SCHEMA.fieldIndex(ReportRows.JSON);
            spark.createDataset(rows.map(r -> r.getString(json)).rdd(), Encoders.STRING())
                    .write().mode(mode).text(a.out() + "/reports.jsonl");
            Map<String, Long> counts = new TreeMap<>(rows.map(r -> r.getString(1)).countByValue());
            long total = counts.values().stream().mapToLong(Long::longValue).sum();
            long reportsRead = counts.getOrDefault(Status.OK.name(), 0L) + counts.getOrDefault(Status.PARTIAL.name(), 0L);
            System.err.printf("%d files in %.1fs: %s; %d became reports, %d did not; written to %s/reports.parquet "
                            + "and %s/reports.jsonl%n", total, (System.nanoTime() - start) / 1e9, counts, reportsRead,
                    total - reportsRead, a.out(), a.out());
        } finally {
            rows.unpersist();
        }
        return EXIT_OK;
    }

    /** Refuses to mix a new run into an earlier one's outputs, before any work is done. */
    private static void refuseExisting(String out, HadoopConf conf) throws SparkBatchArgs.UsageException {
        for (String name : List.of("reports.parquet", "reports.jsonl")) {
            Path p = new Path(out, name);
            try {
                FileSystem fs = p.getFileSystem(conf.get());
                if (fs.exists(p)) {
                    throw new SparkBatchArgs.UsageException(p + " exists: choose another --out or add --overwrite");
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot look at " + p + ": " + e, e);
            }
        }
    }
}
