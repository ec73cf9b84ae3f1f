package io.github.ogireport.export;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.CellKeys;
import io.github.ogireport.model.CellValue;
import io.github.ogireport.model.CheckResult;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes {@code cells.csv} (FORMAT.md B3): a header row, then one row per input file, failures included; the
 * metadata columns, then every cell key in contract order; a cell the report's template lacks, or a null
 * cell, is empty.
 */
public final class CellsCsv implements Closeable, Flushable {
    /** The metadata columns that come before the cell keys. */
    public static final List<String> META_COLUMNS = List.of("file", "status", "format", "template", "agency", "year",
            "publishDate", "checksFailed", "warnings");

    private final CSVPrinter printer;

    /**
     * @param out where to write
     * @param writeHeader whether to write the header row first (false when appending to an existing file)
     */
    public CellsCsv(Appendable out, boolean writeHeader) throws IOException {
        this.printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get());
        if (writeHeader) {
            List<String> header = new ArrayList<>(META_COLUMNS);
            header.addAll(CellKeys.csvOrder());
            printer.printRecord(header);
        }
    }

    /** Writes one report's row. */
    public void write(AnnualReport r) throws IOException {
        List<String> row = new ArrayList<>();
        row.add(r.file());
        row.add(r.status().name());
        row.add(r.format() == null ? "" : r.format().name());
        row.add(r.template().label());
        row.add(nullToEmpty(r.agency()));
        row.add(r.year() == null ? "" : r.year().toString());
        row.add(r.publishDate() == null ? "" : r.publishDate().toString());
        row.add(r.checks().stream().filter(c -> c.result() == CheckResult.FAIL)
                .map(c -> c.rule() + ":" + c.scope()).collect(Collectors.joining(";")));
        row.add(r.warnings().stream().map(w -> w.code().name()).distinct().collect(Collectors.joining(";")));
        for (String key : CellKeys.csvOrder()) {
            CellValue v = r.cells().get(key);
            row.add(v == null || !v.isNumber() ? "" : v.value().toPlainString());
        }
        printer.printRecord(row);
    }

    @Override
    public void flush() throws IOException {
        printer.flush();
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
