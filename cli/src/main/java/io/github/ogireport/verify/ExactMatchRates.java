package io.github.ogireport.verify;

import io.github.ogireport.model.CellKeys;
import io.github.ogireport.model.ReportTable;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Exact-match rates over a corpus, in the manner of GROBID's end-to-end evaluation: for each field, of the
 * values the expected files list, the share the parser read exactly. Only what an expected file lists is
 * counted, so a partial expected file adds to the fields it names and to no others; unreviewed expected files
 * are not counted at all.
 *
 * @param reports whole reports: a report matches when every value its expected file lists matches
 * @param fields every field other than cells ({@code status}, {@code agency}, {@code period}, …), counted once per
 *               report that lists it: {@code period} matches when both its dates do
 * @param tables the cells of each statistical table, each cell value counted once
 * @param allCells every cell value
 * @param cells each cell key, in contract order
 */
public record ExactMatchRates(Rate reports, Map<String, Rate> fields, Map<ReportTable, Rate> tables, Rate allCells,
                              Map<String, Rate> cells) {
    /** Fields in the order of the output contract; others follow by name. */
    private static final List<String> FIELD_ORDER = List.of("status", "format", "template", "title", "agency", "year",
            "publishDate", "period", "cellDetails", "warningCodes", "warningCodesInclude", "checksFailed");

    public ExactMatchRates {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        tables = Collections.unmodifiableMap(new EnumMap<>(tables));
        cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
    }

    /** The rates over the files that count ({@link FileResult#scored()}). */
    public static ExactMatchRates of(List<FileResult> files) {
        Rate reports = new Rate(0, 0);
        Map<String, Rate> fields = new TreeMap<>();
        Map<ReportTable, Rate> tables = new EnumMap<>(ReportTable.class);
        Map<String, Rate> cells = new TreeMap<>();
        Rate allCells = new Rate(0, 0);
        for (FileResult file : files) {
            if (!file.scored()) {
                continue;
            }
            reports = reports.plus(file.mismatches().isEmpty());
            Map<String, Boolean> fieldMatched = new LinkedHashMap<>();
            for (ComparedValue v : file.values()) {
                String cell = v.cellKey();
                if (cell == null) {
                    fieldMatched.merge(v.rateKey(), v.matched(), Boolean::logicalAnd);
                    continue;
                }
                cells.merge(cell, new Rate(1, v.matched() ? 1 : 0), ExactMatchRates::sum);
                allCells = allCells.plus(v.matched());
                ReportTable table = ReportTable.ofCellKey(cell);
                if (table != null) {
                    tables.merge(table, new Rate(1, v.matched() ? 1 : 0), ExactMatchRates::sum);
                }
            }
            fieldMatched.forEach((field, matched) -> fields.merge(field, new Rate(1, matched ? 1 : 0), ExactMatchRates::sum));
        }
        return new ExactMatchRates(reports, ordered(fields, FIELD_ORDER), tables, allCells,
                ordered(cells, CellKeys.csvOrder()));
    }

    private static Rate sum(Rate a, Rate b) {
        return new Rate(a.compared() + b.compared(), a.matched() + b.matched());
    }

    /** The entries in the given order first, then the rest by name (they arrive sorted). */
    private static Map<String, Rate> ordered(Map<String, Rate> byName, List<String> order) {
        Map<String, Rate> out = new LinkedHashMap<>();
        for (String key : order) {
            Rate r = byName.get(key);
            if (r != null) {
                out.put(key, r);
            }
        }
        byName.forEach(out::putIfAbsent);
        return out;
    }
}
