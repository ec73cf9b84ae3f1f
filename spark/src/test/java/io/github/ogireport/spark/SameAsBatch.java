package io.github.ogireport.spark;

import io.github.ogireport.model.CellKeys;
import io.github.ogireport.tabular.CellsCsv;
import org.apache.spark.sql.Row;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares Spark's rows with {@code batch}'s output, file by file: every metadata column and every cell of
 * {@code cells.csv}, and the contract JSON line of {@code reports.jsonl}. Collects every difference, so that a
 * failing test names them all.
 */
final class SameAsBatch {
    private SameAsBatch() {
    }

    /**
     * The differences between the rows and batch's records, one line each; empty when they are the same and
     * every record of batch has its row.
     */
    static List<String> differences(List<Row> rows, BatchOutput batch) {
        return differences(rows, batch, true);
    }

    /** The differences between the rows and batch's records of the same files (batch may have more). */
    static List<String> differencesOfSubset(List<Row> rows, BatchOutput batch) {
        return differences(rows, batch, false);
    }

    private static List<String> differences(List<Row> rows, BatchOutput batch, boolean all) {
        List<String> diffs = new ArrayList<>();
        Set<String> sparkFiles = new TreeSet<>();
        for (Row row : rows) {
            String file = row.getAs("file");
            if (!sparkFiles.add(file)) {
                diffs.add(file + ": more than one row");
            }
            Map<String, String> csv = batch.csv().get(file);
            if (csv == null) {
                diffs.add(file + ": not in batch's output");
                continue;
            }
            for (String column : CellsCsv.META_COLUMNS) {
                compareText(diffs, file, column, csv.get(column), row.getAs(column));
            }
            for (String key : CellKeys.csvOrder()) {
                compareCell(diffs, file, key, csv.get(key), row.getAs(key));
            }
            if (!Objects.equals(batch.jsonByFile().get(file), row.getAs(ReportRows.JSON))) {
                diffs.add(file + ": the json column differs from batch's line");
            }
        }
        Set<String> missing = new TreeSet<>(all ? batch.csv().keySet() : Set.of());
        missing.removeAll(sparkFiles);
        for (String file : missing) {
            diffs.add(file + ": in batch's output, no Spark row");
        }
        return diffs;
    }

    private static void compareText(List<String> diffs, String file, String column, String batch, Object spark) {
        // cells.csv writes null as an empty field; a date's text is the same ISO date
        String sparkText = spark == null ? "" : spark.toString();
        if (!batch.equals(sparkText)) {
            diffs.add(file + ": " + column + ": batch '" + batch + "', Spark '" + sparkText + "'");
        }
    }

    private static void compareCell(List<String> diffs, String file, String key, String batch, BigDecimal spark) {
        boolean same = batch.isEmpty() ? spark == null : spark != null && new BigDecimal(batch).compareTo(spark) == 0;
        if (!same) {
            diffs.add(file + ": " + key + ": batch '" + batch + "', Spark " + spark);
        }
    }
}
