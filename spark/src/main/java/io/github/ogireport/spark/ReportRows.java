package io.github.ogireport.spark;

import io.github.ogireport.export.ReportJson;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.CellKeys;
import io.github.ogireport.model.CellValue;
import io.github.ogireport.model.CheckResult;
import io.github.ogireport.tabular.CellsCsv;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A report as one row with the columns of {@code cells.csv} (FORMAT.md B3), typed, plus the report's full contract
 * JSON (contract version 2, as {@code batch} writes it): the metadata columns of {@link CellsCsv#META_COLUMNS}
 * ({@code file, status, errorType, errorMessage, format, template, title, agency, year, publishDate, periodFrom,
 * periodTo, sha256, checksFailed, warnings}), one column per cell key in {@link CellKeys#csvOrder()}, then
 * {@code json}.
 *
 * <p>Cells are {@code DECIMAL(38,6)}: exact (4.98万元 is 4.98, not the nearest double), six places are a
 * hundredth of a yuan in 万元, and 32 integer digits hold any count. A value that still does not fit (more decimals
 * or digits than that) is null in its column, and {@link #CELL_OUT_OF_RANGE} is added to the row's warnings; the
 * {@code json} column always has it exactly.
 */
public final class ReportRows {
    /** The type of every cell column. */
    public static final DecimalType CELL_TYPE = DataTypes.createDecimalType(38, 6);
    /** The column holding the report's contract JSON, as {@code batch} writes it to {@code reports.jsonl}. */
    public static final String JSON = "json";
    /** The warning code added when a cell's value does not fit {@link #CELL_TYPE} (the JSON keeps it exactly). */
    public static final String CELL_OUT_OF_RANGE = "CELL_OUT_OF_RANGE";

    /**
     * The schema of the rows as built in the tasks: {@code publishDate} is still the contract's ISO text here (the
     * external type Spark wants for a date depends on the session's settings; a cast after the tasks avoids that).
     */
    static final StructType ROW_SCHEMA = schema(DataTypes.StringType);

    private static final int META = CellsCsv.META_COLUMNS.size();

    static {
        // toRow fills the metadata by position
        if (!CellsCsv.META_COLUMNS.equals(List.of("file", "status", "errorType", "errorMessage", "format", "template",
                "title", "agency", "year", "publishDate", "periodFrom", "periodTo", "sha256", "checksFailed",
                "warnings"))) {
            throw new IllegalStateException("the metadata columns of cells.csv changed: " + CellsCsv.META_COLUMNS);
        }
    }

    private ReportRows() {
    }

    /** The schema of the reports' DataFrame. */
    public static StructType schema() {
        return schema(DataTypes.DateType);
    }

    private static StructType schema(DataType dateType) {
        List<StructField> fields = new ArrayList<>();
        for (String column : CellsCsv.META_COLUMNS) {
            fields.add(DataTypes.createStructField(column, metaType(column, dateType), nullable(column)));
        }
        for (String key : CellKeys.csvOrder()) {
            fields.add(DataTypes.createStructField(key, CELL_TYPE, true));
        }
        fields.add(DataTypes.createStructField(JSON, DataTypes.StringType, false));
        return DataTypes.createStructType(fields);
    }

    private static DataType metaType(String column, DataType dateType) {
        return switch (column) {
            case "year" -> DataTypes.IntegerType;
            case "publishDate" -> dateType;
            default -> DataTypes.StringType;
        };
    }

    private static boolean nullable(String column) {
        // checksFailed and warnings are "" when there are none, as in cells.csv
        return !Set.of("file", "status", "template", "checksFailed", "warnings").contains(column);
    }

    /** The row of a report, in {@link #ROW_SCHEMA}, its JSON with sparse cell details. */
    static Row toRow(AnnualReport r) {
        return toRow(r, ReportJson.Details.SPARSE);
    }

    /** The row of a report, in {@link #ROW_SCHEMA}. */
    static Row toRow(AnnualReport r, ReportJson.Details details) {
        List<String> keys = CellKeys.csvOrder();
        Object[] values = new Object[META + keys.size() + 1];
        values[0] = r.file();
        values[1] = r.status().name();
        values[2] = r.error() == null ? null : r.error().type().name();
        values[3] = r.error() == null ? null : r.error().message();
        values[4] = r.format() == null ? null : r.format().name();
        values[5] = r.template().label();
        values[6] = r.title();
        values[7] = r.agency();
        values[8] = r.year();
        values[9] = isoDate(r);
        values[10] = r.period() == null ? null : r.period().from().toString();
        values[11] = r.period() == null ? null : r.period().to().toString();
        values[12] = r.source() == null ? null : r.source().sha256();
        values[13] = r.checks().stream().filter(c -> c.result() == CheckResult.FAIL)
                .map(c -> c.rule().id() + ":" + c.scope()).collect(Collectors.joining(";"));
        Set<String> warnings = r.warnings().stream().map(w -> w.code().name())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        for (int i = 0; i < keys.size(); i++) {
            CellValue v = r.cells().get(keys.get(i));
            if (v != null && v.isNumber()) {
                values[META + i] = fit(v.value());
                if (values[META + i] == null) {
                    warnings.add(CELL_OUT_OF_RANGE);
                }
            }
        }
        values[META - 1] = String.join(";", warnings);
        values[values.length - 1] = ReportJson.toLine(r, details);
        return RowFactory.create(values);
    }

    /** The value at the cell type's scale, or null when that would round it or it has too many digits. */
    static BigDecimal fit(BigDecimal value) {
        try {
            BigDecimal scaled = value.setScale(CELL_TYPE.scale(), RoundingMode.UNNECESSARY);
            return scaled.precision() <= CELL_TYPE.precision() ? scaled : null;
        } catch (ArithmeticException e) {
            return null;
        }
    }

    /** The publication date as ISO text, or null; years a SQL date cannot hold are left out rather than failing. */
    private static String isoDate(AnnualReport r) {
        if (r.publishDate() == null || r.publishDate().getYear() < 1 || r.publishDate().getYear() > 9999) {
            return null;
        }
        return r.publishDate().toString();
    }
}
