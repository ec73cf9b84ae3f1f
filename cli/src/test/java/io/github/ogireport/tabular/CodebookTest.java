package io.github.ogireport.tabular;

import io.github.ogireport.TestData;
import io.github.ogireport.model.CellKeys;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The codebook lists the columns of cells.csv, its cell keys and templates exactly as docs/cell-keys.tsv. */
class CodebookTest {
    private static List<String[]> contract() throws IOException {
        return Files.readAllLines(TestData.CELL_KEYS, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")).toList();
    }

    @Test
    void theCellRowsAreTheContractsKeysWithTheirTemplates() throws IOException {
        List<Codebook.Entry> cells = Codebook.entries().subList(CellsCsv.META_COLUMNS.size(), Codebook.entries().size());
        List<String[]> contract = contract();
        assertEquals(contract.size(), cells.size());
        for (int i = 0; i < cells.size(); i++) {
            Codebook.Entry e = cells.get(i);
            assertEquals(contract.get(i)[0], e.column());
            assertEquals(contract.get(i)[1], e.templates(), e.column());
            assertFalse(e.table().isEmpty() || e.rowLabel().isEmpty() || e.columnLabel().isEmpty(), e.column());
            // the contract's labels, up to the variants it gives: 规范性文件 / 行政规范性文件, (本年)处理决定数量, …
            String row = contract.get(i)[2].replace("…", "");
            assertTrue(e.rowLabel().startsWith(row) || row.startsWith(e.rowLabel()) || row.contains(e.rowLabel()),
                    e.column() + ": " + e.rowLabel() + " vs " + row);
            String column = contract.get(i)[3].replace("(本年)", "");
            assertTrue(e.columnLabel().equals(column) || e.columnLabel().contains(column), e.column() + ": "
                    + e.columnLabel() + " vs " + column);
            boolean money = e.column().equals("active.procurement.totalAmount")
                    || e.column().equals("active.fees.amountWanYuan");
            assertEquals(money ? "万元" : "件", e.unit(), e.column());
            assertTrue(e.description().contains("reports.jsonl"), "says where the kinds are");
        }
    }

    @Test
    void oneRowPerCsvColumnInOrder() throws IOException {
        StringBuilder out = new StringBuilder();
        Codebook.write(out);
        List<CSVRecord> rows;
        try (CSVParser p = CSVParser.parse(new StringReader(out.toString()), CSVFormat.DEFAULT)) {
            rows = p.getRecords();
        }
        assertEquals(List.of("column", "table", "rowLabel", "columnLabel", "unit", "templates", "description"),
                rows.get(0).toList());
        List<String> columns = new ArrayList<>(CellsCsv.META_COLUMNS);
        columns.addAll(CellKeys.csvOrder());
        assertEquals(columns, rows.stream().skip(1).map(r -> r.get(0)).toList());
        for (CSVRecord r : rows.subList(1, 1 + CellsCsv.META_COLUMNS.size())) {
            assertEquals(List.of("", "", "", "", ""), r.toList().subList(1, 6), r.get(0) + " is metadata");
            assertFalse(r.get(6).isBlank(), r.get(0) + " is explained");
        }
        String amount = rows.get(1 + columns.indexOf("active.procurement.totalAmount")).get(6);
        assertTrue(amount.contains("万元") && amount.contains("AMOUNT_UNIT_UNKNOWN"), amount);
        String blank = rows.get(1 + columns.indexOf("adminReview.upheld")).get(6);
        assertTrue(blank.contains("MISSING") && blank.contains("EMPTY") && blank.contains("DASH")
                && blank.contains("not in the template"), "blank, dash, missing and not-in-template told apart: " + blank);
    }
}
