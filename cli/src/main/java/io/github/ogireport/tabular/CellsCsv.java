package io.github.ogireport.tabular;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.CellKeys;
import io.github.ogireport.model.CellValue;
import io.github.ogireport.model.Check;
import io.github.ogireport.model.CheckResult;
import io.github.ogireport.model.TemplateCells;
import io.github.ogireport.model.TemplateVersion;
import io.github.ogireport.model.Warning;
import io.github.ogireport.model.WarningCode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code cells.csv} (FORMAT.md B3): a header row, then one row per input file, failures included; the
 * metadata columns, then every cell key in contract order; a cell the report's template lacks, or a null
 * cell, is empty.
 */
public final class CellsCsv implements Closeable, Flushable {
    /** The metadata columns that come before the cell keys. */
    public static final List<String> META_COLUMNS = List.of("file", "status", "errorType", "errorMessage", "format",
            "template", "title", "agency", "year", "publishDate", "periodFrom", "periodTo", "sha256", "checksFailed",
            "warnings");
    /** Per template, where each CSV cell column is among the template's keys, or -1 when the template lacks it. */
    private static final int[][] POSITIONS = new int[TemplateVersion.values().length][];
    private static final int WARNING_CODES = WarningCode.values().length;

    static {
        for (TemplateVersion t : TemplateVersion.values()) {
            POSITIONS[t.ordinal()] = CellKeys.csvOrder().stream().mapToInt(key -> CellKeys.position(t, key)).toArray();
        }
    }

    private final Appendable out;
    /** A row is made here, then given to {@code out} in one piece (a writer locks on every call). */
    private final StringBuilder row = new StringBuilder(1024);
    private final CSVPrinter printer;

    /**
     * @param out where to write
     * @param writeHeader whether to write the header row first (false when appending to an existing file)
     */
    public CellsCsv(Appendable out, boolean writeHeader) throws IOException {
        this.out = out;
        this.printer = new CSVPrinter(row, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get());
        if (writeHeader) {
            List<String> header = new ArrayList<>(META_COLUMNS);
            header.addAll(CellKeys.csvOrder());
            printer.printRecord(header);
            emit();
        }
    }

    /** Writes one report's row. */
    public void write(AnnualReport r) throws IOException {
        printer.print(r.file());
        printer.print(r.status().name());
        printer.print(r.error() == null ? "" : r.error().type().name());
        printer.print(r.error() == null ? "" : nullToEmpty(r.error().message()));
        printer.print(r.format() == null ? "" : r.format().name());
        printer.print(r.template().label());
        printer.print(nullToEmpty(r.title()));
        printer.print(nullToEmpty(r.agency()));
        printer.print(r.year() == null ? "" : r.year().toString());
        printer.print(r.publishDate() == null ? "" : r.publishDate().toString());
        printer.print(r.period() == null ? "" : r.period().from().toString());
        printer.print(r.period() == null ? "" : r.period().to().toString());
        printer.print(r.source() == null ? "" : nullToEmpty(r.source().sha256()));
        printer.print(failedChecks(r));
        printer.print(warningCodes(r));
        // a number's plain string is digits, a minus and a point: the printer would never quote it, so it is
        // appended as is
        Map<String, CellValue> cells = r.cells();
        if (cells instanceof TemplateCells byPosition) {
            for (int p : POSITIONS[byPosition.template().ordinal()]) {
                appendCell(p < 0 ? null : byPosition.at(p));
            }
        } else {
            for (String key : CellKeys.csvOrder()) {
                appendCell(cells.get(key));
            }
        }
        printer.println();
        emit();
    }

    private void appendCell(CellValue v) {
        row.append(',');
        if (v != null && v.isNumber()) {
            v.appendPlainNumber(row);
        }
    }

    private void emit() throws IOException {
        out.append(row);
        row.setLength(0);
    }

    /** The failed rules as {@code rule:scope}, joined by semicolons. */
    private static String failedChecks(AnnualReport r) {
        StringBuilder b = new StringBuilder();
        for (Check c : r.checks()) {
            if (c.result() == CheckResult.FAIL) {
                if (!b.isEmpty()) {
                    b.append(';');
                }
                b.append(c.rule().id()).append(':').append(c.scope());
            }
        }
        return b.toString();
    }

    /** The distinct warning codes in order of first appearance, joined by semicolons. */
    private static String warningCodes(AnnualReport r) {
        StringBuilder b = new StringBuilder();
        boolean[] seen = new boolean[WARNING_CODES];
        for (Warning w : r.warnings()) {
            if (!seen[w.code().ordinal()]) {
                seen[w.code().ordinal()] = true;
                if (!b.isEmpty()) {
                    b.append(';');
                }
                b.append(w.code().name());
            }
        }
        return b.toString();
    }

    @Override
    public void flush() throws IOException {
        if (out instanceof Flushable f) {
            f.flush();
        }
    }

    @Override
    public void close() throws IOException {
        if (out instanceof Closeable c) {
            c.close();
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
