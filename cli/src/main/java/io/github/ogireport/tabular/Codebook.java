package io.github.ogireport.tabular;

import io.github.ogireport.model.ActiveColumn;
import io.github.ogireport.model.ActiveRow;
import io.github.ogireport.model.CellKeys;
import io.github.ogireport.model.RequestColumn;
import io.github.ogireport.model.RequestRow;
import io.github.ogireport.model.ReviewColumn;
import io.github.ogireport.model.ReviewGroup;
import io.github.ogireport.model.TemplateVersion;
import io.github.ogireport.model.ValueType;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The codebook of {@code cells.csv} (FORMAT.md B3): one row per column of the CSV, in the same order, saying what
 * the column holds. The labels come from the row and column enums of the model, the one place they are defined.
 */
public final class Codebook {
    /** The header row of {@code codebook.csv}. */
    public static final List<String> HEADER = List.of("column", "table", "rowLabel", "columnLabel", "unit", "templates",
            "description");
    /** The file name written beside {@code cells.csv}. */
    public static final String FILE = "codebook.csv";

    private static final String TABLE_ACTIVE = "二、主动公开政府信息情况";
    private static final String TABLE_REQUESTS = "三、收到和处理政府信息公开申请情况";
    private static final String TABLE_REVIEW = "四、政府信息公开行政复议、行政诉讼情况";
    /** How an empty cell is read: said once on every cell column, since a researcher may read any one alone. */
    private static final String EMPTY_CELL = " Empty when the cell is null or not in the report's template: blank, "
            + "dash (- / —), text (无), undecided and not found are all empty here; their kinds are in reports.jsonl "
            + "(cellDetails: EMPTY, DASH, TEXT, UNDECIDED; no entry and a null cell = MISSING, not found; a key absent "
            + "from cells = not in the template). A blank is not a 0.";
    private static final Map<String, String> META = meta();
    private static final List<Entry> ENTRIES = build();

    /**
     * One column of {@code cells.csv}.
     *
     * @param column the column name (a metadata field, or a cell key)
     * @param table the statistical table, empty for metadata
     * @param rowLabel the row label as the national template prints it, empty for metadata
     * @param columnLabel the column header as the national template prints it, empty for metadata
     * @param unit 件 for counts, 万元 for money, empty for metadata
     * @param templates the templates that have the cell ({@code 2019}, {@code 2019,2021}, {@code 2021}), empty for
     *                  metadata
     * @param description what the column holds
     */
    public record Entry(String column, String table, String rowLabel, String columnLabel, String unit,
                        String templates, String description) {
        List<String> values() {
            return List.of(column, table, rowLabel, columnLabel, unit, templates, description);
        }
    }

    private Codebook() {
    }

    /** Every column of {@code cells.csv}, in order. */
    public static List<Entry> entries() {
        return ENTRIES;
    }

    /** Writes {@code codebook.csv}, UTF-8, with a byte order mark when asked (for Excel). */
    public static void write(Path file, boolean bom) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            if (bom) {
                w.write('\uFEFF');
            }
            write(w);
        }
    }

    /** Writes the codebook as CSV, header row first. */
    public static void write(Appendable out) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get());
        printer.printRecord(HEADER);
        for (Entry e : ENTRIES) {
            printer.printRecord(e.values());
        }
        printer.flush();
    }

    private static Map<String, String> meta() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("file", "The input as given: a path under the folders named, a zip member as archive.zip!/path/in/zip.");
        m.put("status", "OK (every template cell found, nothing ambiguous), PARTIAL (a report with cells missing or "
                + "ambiguous: see warnings), FAILED (the file could not be read: see errorType and errorMessage) or "
                + "NOT_A_REPORT (readable, not an OGI annual report).");
        m.put("errorType", "Why a FAILED input could not be read (CORRUPT, ENCRYPTED, TOO_LARGE, TIMED_OUT, "
                + "UNSUPPORTED, …); empty unless FAILED.");
        m.put("errorMessage", "The error in words, naming the file and the cause; empty unless FAILED.");
        m.put("format", "HTML, PDF, DOCX, DOC, TEXT, IMAGE or OFD, detected from the bytes; empty when unknown.");
        m.put("template", "2019 (国办公开办函〔2019〕60号), 2021 (国办公开办函〔2021〕30号), PRE_2019 (no national table) "
                + "or UNKNOWN. Which cell columns exist for the report: see the templates column of this codebook.");
        m.put("title", "The title as printed (whitespace removed); empty when the document has none.");
        m.put("agency", "The agency as written in the title (or the body when there is no title); empty when unknown.");
        m.put("year", "The year the report is on (not the year it was published); empty when unknown.");
        m.put("publishDate", "The publication date, YYYY-MM-DD; empty when the document does not say.");
        m.put("periodFrom", "First day of the statistics period as stated (统计期限), YYYY-MM-DD; empty when not stated.");
        m.put("periodTo", "Last day of the statistics period as stated, YYYY-MM-DD; empty when not stated.");
        m.put("sha256", "SHA-256 of the input's bytes, in hex: the same file under two names has the same hash.");
        m.put("checksFailed", "The arithmetic rules (勾稽关系, FORMAT.md A6) that FAIL, as RULE:scope joined by ';' "
                + "(T3-A:naturalPerson); a rule touching a null cell is NOT_ASSESSABLE, not listed.");
        m.put("warnings", "The distinct warning codes of the report, joined by ';' (MISSING_CELLS, BLANK_CELLS, "
                + "AMOUNT_UNIT_UNKNOWN, …); reports.jsonl has each warning's place and message.");
        return m;
    }

    private static List<Entry> build() {
        Map<String, Entry> cells = new HashMap<>();
        for (ActiveRow row : ActiveRow.values()) {
            for (ActiveColumn c : ActiveColumn.values()) {
                String key = CellKeys.of(row, c);
                cells.put(key, cell(key, TABLE_ACTIVE, row.label(), c.label(), c.type()));
            }
        }
        for (RequestRow row : RequestRow.values()) {
            String label = row.group() == null ? row.label() : row.group() + " " + row.label();
            for (RequestColumn c : RequestColumn.values()) {
                String key = CellKeys.of(row, c);
                cells.put(key, cell(key, TABLE_REQUESTS, label, c.label(), ValueType.COUNT));
            }
        }
        for (ReviewGroup g : ReviewGroup.values()) {
            for (ReviewColumn c : ReviewColumn.values()) {
                String key = CellKeys.of(g, c);
                cells.put(key, cell(key, TABLE_REVIEW, g.label(), c.label(), ValueType.COUNT));
            }
        }
        List<Entry> entries = new ArrayList<>();
        META.forEach((column, description) -> entries.add(new Entry(column, "", "", "", "", "", description)));
        for (String key : CellKeys.csvOrder()) {
            entries.add(cells.get(key));
        }
        if (!entries.stream().map(Entry::column).toList().equals(csvColumns())) {
            throw new IllegalStateException("the codebook does not list the columns of cells.csv");
        }
        return List.copyOf(entries);
    }

    private static List<String> csvColumns() {
        List<String> columns = new ArrayList<>(CellsCsv.META_COLUMNS);
        columns.addAll(CellKeys.csvOrder());
        return columns;
    }

    private static Entry cell(String key, String table, String rowLabel, String columnLabel, ValueType type) {
        StringJoiner templates = new StringJoiner(",");
        for (TemplateVersion t : TemplateVersion.values()) {
            if (CellKeys.position(t, key) >= 0) {
                templates.add(t.label());
            }
        }
        String what = switch (type) {
            case COUNT -> "A count (件), a whole number ≥ 0.";
            case SIGNED -> "The change in the number of items (件) over the year, a whole number that may be negative.";
            case AMOUNT -> "An amount of money in 万元, a decimal: printed in 元 it is converted exactly (251000元 → "
                    + "25.1); a non-zero amount whose unit neither the cell nor its header names is empty "
                    + "(UNDECIDED, warning AMOUNT_UNIT_UNKNOWN).";
        };
        return new Entry(key, table, rowLabel, columnLabel, type == ValueType.AMOUNT ? "万元" : "件",
                templates.toString(), what + EMPTY_CELL);
    }
}
