package io.github.ogireport.spark;

import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.apache.spark.sql.functions.col;

/**
 * The parser on Apache Spark: paths or a manifest in, one row per input file out, with the columns of
 * {@link ReportRows#schema()} (the metadata, status, checks failed and warnings of {@code cells.csv}, every cell
 * key, and the full contract JSON).
 *
 * <pre>{@code
 * Dataset<Row> reports = SparkReports.parse(spark, List.of("hdfs:///archive/2021", "s3a://bucket/reports"));
 * reports.filter("status = 'OK'").select("agency", "year", "`requests.newReceived.total`").show();
 * }</pre>
 *
 * <p>Paths are read through Hadoop's file systems, so {@code hdfs://}, {@code s3a://}, {@code file:} and the
 * cluster's default file system all work. Folders are walked as {@code batch} walks them (recursively, sorted,
 * {@code *.expected.json} files left out) and zip archives of reports are read member by member; the listing is
 * done here, on the driver, so that a large folder is spread over many tasks. Each task makes one
 * {@link io.github.ogireport.ReportParser} and reads and parses its documents one at a time; every input becomes a
 * row, failures included, exactly as in {@code batch}.
 */
public final class SparkReports {
    private SparkReports() {
    }

    /** The schema of the returned DataFrames. */
    public static StructType schema() {
        return ReportRows.schema();
    }

    /** The reports of every file under the paths, with {@code batch}'s default limits. */
    public static Dataset<Row> parse(SparkSession spark, List<String> paths) {
        return parse(spark, paths, ParseOptions.defaults());
    }

    /**
     * The reports of every file under the paths (files, folders walked recursively, or glob patterns).
     *
     * @throws UncheckedIOException when a path does not exist or cannot be listed
     */
    public static Dataset<Row> parse(SparkSession spark, List<String> paths, ParseOptions options) {
        return parse(spark, listed(paths, hadoopConf(spark)), options, DocumentParser.LIBRARY);
    }

    /** The reports of every path listed in a manifest file, with {@code batch}'s default limits. */
    public static Dataset<Row> parseManifest(SparkSession spark, String manifest) {
        return parseManifest(spark, manifest, ParseOptions.defaults());
    }

    /**
     * The reports of every path listed in a manifest file (one per line; blank lines and lines starting with
     * {@code #} are skipped, as in {@code batch --from-list}). The manifest may itself be on any Hadoop file
     * system. Listed paths are not looked at on the driver, so a manifest of millions of files starts at once: a
     * task resolves each line, walks it when it is a folder, and records a path that does not exist as a FAILED
     * report.
     *
     * @throws UncheckedIOException when the manifest cannot be read
     */
    public static Dataset<Row> parseManifest(SparkSession spark, String manifest, ParseOptions options) {
        return parse(spark, fromManifest(manifest, hadoopConf(spark)), options, DocumentParser.LIBRARY);
    }

    /** Parses the inputs in order, in contiguous slices, so that the output keeps the order of the inputs. */
    static Dataset<Row> parse(SparkSession spark, List<InputRef> inputs, ParseOptions options,
                              DocumentParser.Factory parsers) {
        return toDataFrame(spark, rows(spark, inputs, options, parsers));
    }

    /** The rows of the reports, in {@link ReportRows#ROW_SCHEMA}, one partition per slice of the inputs. */
    static JavaRDD<Row> rows(SparkSession spark, List<InputRef> inputs, ParseOptions options,
                             DocumentParser.Factory parsers) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int slices = options.partitionsFor(inputs.size(), jsc.defaultParallelism());
        return jsc.parallelize(inputs, slices).mapPartitions(new PartitionParser(hadoopConf(spark), options, parsers));
    }

    /** The rows as a DataFrame of {@link #schema()}. */
    static Dataset<Row> toDataFrame(SparkSession spark, JavaRDD<Row> rows) {
        return spark.createDataFrame(rows, ReportRows.ROW_SCHEMA)
                .withColumn("publishDate", col("publishDate").try_cast(DataTypes.DateType));
    }

    /** Every file under the paths, listed on the driver. */
    static List<InputRef> listed(List<String> paths, HadoopConf conf) {
        List<InputRef> inputs = new ArrayList<>();
        for (String p : paths) {
            try {
                for (Iterator<InputRef> files = InputListing.under(p, conf.get()); files.hasNext(); ) {
                    inputs.add(files.next());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e.getMessage(), e);
            }
        }
        return inputs;
    }

    /** The paths listed in a manifest, unresolved. */
    static List<InputRef> fromManifest(String manifest, HadoopConf conf) {
        List<InputRef> inputs = new ArrayList<>();
        Path path = new Path(manifest);
        try {
            FileSystem fs = path.getFileSystem(conf.get());
            try (FSDataInputStream in = fs.open(path);
                 BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    String l = line.replace("\uFEFF", "").strip();
                    if (!l.isEmpty() && !l.startsWith("#")) {
                        inputs.add(InputRef.unresolved(l));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the manifest " + manifest + ": " + e, e);
        }
        return inputs;
    }

    static HadoopConf hadoopConf(SparkSession spark) {
        return new HadoopConf(spark.sparkContext().hadoopConfiguration());
    }
}
