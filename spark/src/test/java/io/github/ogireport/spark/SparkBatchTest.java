package io.github.ogireport.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SparkBatchTest {
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = LocalSpark.get();
    }

    @Test
    void writesBatchsJsonLinesAndTheRowsAsParquet(@TempDir Path tmp) throws IOException {
        BatchOutput batch = BatchOutput.ofTestdata();
        String out = tmp.resolve("run").toString();

        int status = SparkBatch.run(spark, "--out", out, BatchOutput.TESTDATA.toString());

        assertEquals(SparkBatch.EXIT_OK, status);
        // the part files, in order, are batch's reports.jsonl line for line
        assertEquals(batch.jsonLines(), partLines(Path.of(out, "reports.jsonl")));
        Dataset<Row> parquet = spark.read().parquet(out + "/reports.parquet");
        // the same columns and types (Parquet makes every column nullable when read back)
        assertEquals(SparkReports.schema().toNullable(), parquet.schema().toNullable());
        assertEquals(List.of(), SameAsBatch.differences(parquet.collectAsList(), batch));
    }

    @Test
    void refusesToWriteOverAnEarlierRunUnlessAskedTo(@TempDir Path tmp) throws IOException {
        String seed = BatchOutput.TESTDATA.resolve("seeds/002_4aa25779e377b147.txt").toString();
        String out = tmp.resolve("run").toString();
        assertEquals(SparkBatch.EXIT_OK, SparkBatch.run(spark, "--out", out, seed));

        assertEquals(SparkBatch.EXIT_USAGE, SparkBatch.run(spark, "--out", out, seed));
        assertEquals(SparkBatch.EXIT_OK, SparkBatch.run(spark, "--out", out, "--overwrite", seed));
        assertEquals(1, partLines(Path.of(out, "reports.jsonl")).size());
    }

    @Test
    void usageErrors(@TempDir Path tmp) {
        String out = tmp.resolve("run").toString();
        assertEquals(SparkBatch.EXIT_USAGE, SparkBatch.run(spark, "--out", out));
        assertEquals(SparkBatch.EXIT_USAGE, SparkBatch.run(spark, BatchOutput.TESTDATA.toString()));
        assertEquals(SparkBatch.EXIT_USAGE, SparkBatch.run(spark, "--out", out, tmp.resolve("missing").toString()));
        assertEquals(SparkBatch.EXIT_USAGE, SparkBatch.run(spark, "--out", out, "--from-list",
                tmp.resolve("missing.txt").toString()));
    }

    private static List<String> partLines(Path folder) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(folder)) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lines.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
            }
        }
        return lines;
    }
}
