package io.github.ogireport.spark;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.CellKeys;
import io.github.ogireport.model.CellValue;
import io.github.ogireport.model.ErrorType;
import io.github.ogireport.model.Format;
import io.github.ogireport.model.ReportError;
import io.github.ogireport.model.Status;
import io.github.ogireport.model.TemplateVersion;
import io.github.ogireport.tabular.CellsCsv;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportRowsTest {

    @Test
    void theColumnsAreThoseOfCellsCsvThenTheJson() {
        List<String> expected = new ArrayList<>(CellsCsv.META_COLUMNS);
        expected.addAll(CellKeys.csvOrder());
        expected.add("json");
        assertEquals(expected, Arrays.asList(ReportRows.schema().fieldNames()));
        assertEquals(226 + 15 + 1, ReportRows.schema().size());
        assertEquals(DataTypes.DateType, ReportRows.schema().apply("publishDate").dataType());
        assertEquals(DataTypes.IntegerType, ReportRows.schema().apply("year").dataType());
        for (String key : CellKeys.csvOrder()) {
            StructField f = ReportRows.schema().apply(key);
            assertEquals(ReportRows.CELL_TYPE, f.dataType(), key);
        }
    }

    @Test
    void amountsStayExactAndBlanksAreNull() {
        Map<String, CellValue> cells = new LinkedHashMap<>();
        for (String key : CellKeys.of(TemplateVersion.V2019)) {
            cells.put(key, CellValue.empty());
        }
        cells.put("active.procurement.totalAmount", CellValue.number(new BigDecimal("4.98"), "4.98万元", "万元"));
        cells.put("active.licensing.itemChange", CellValue.number(new BigDecimal("-2"), "-2", null));
        cells.put("requests.newReceived.total", CellValue.number(new BigDecimal("8"), "8", null));
        AnnualReport report = new AnnualReport("a.txt", Status.PARTIAL, Format.TEXT, TemplateVersion.V2019, null, "某县",
                2020, LocalDate.of(2021, 1, 30), null, List.of(), cells, List.of(), List.of(), List.of(), null, null);

        Row row = ReportRows.toRow(report);

        assertEquals(0, new BigDecimal("4.98").compareTo(row.getAs(index("active.procurement.totalAmount"))));
        assertEquals("4.980000", row.<BigDecimal>getAs(index("active.procurement.totalAmount")).toPlainString());
        assertEquals(0, new BigDecimal("-2").compareTo(row.getAs(index("active.licensing.itemChange"))));
        assertEquals(0, new BigDecimal("8").compareTo(row.getAs(index("requests.newReceived.total"))));
        assertNull(row.get(index("requests.granted.total")), "a blank cell");
        assertNull(row.get(index("active.fees.amountWanYuan")), "a cell of the other template");
        assertEquals("2021-01-30", row.get(index("publishDate")));
        assertEquals(2020, row.<Integer>getAs(index("year")));
        assertEquals("", row.get(index("checksFailed")));
        String json = row.getAs(index("json"));
        assertTrue(json.startsWith("{\"contract\":2,"), json);
        assertTrue(json.contains("\"active.procurement.totalAmount\":{\"raw\":\"4.98万元\""), "a unit: a detail");
        assertTrue(!json.contains("\"requests.newReceived.total\":{"), "a plain number: no detail (sparse)");
        String all = ReportRows.toRow(report, io.github.ogireport.export.ReportJson.Details.ALL).getAs(index("json"));
        assertTrue(all.contains("\"requests.newReceived.total\":{\"raw\":\"8\",\"kind\":\"NUMBER\""), all);
    }

    @Test
    void aValueTheColumnCannotHoldExactlyIsNullAndSaidSo() {
        assertNull(ReportRows.fit(new BigDecimal("0.1234567")), "a seventh decimal would be rounded");
        assertNull(ReportRows.fit(new BigDecimal("1" + "0".repeat(32))), "33 integer digits");
        assertEquals(new BigDecimal("99999999999999999999999999999999.000000"),
                ReportRows.fit(new BigDecimal("9".repeat(32))));
        assertEquals(new BigDecimal("0.123456"), ReportRows.fit(new BigDecimal("0.1234560")));

        Map<String, CellValue> cells = Map.of("requests.newReceived.total",
                CellValue.number(new BigDecimal("1" + "0".repeat(40)), "1" + "0".repeat(40), null));
        AnnualReport report = new AnnualReport("b.txt", Status.OK, Format.TEXT, TemplateVersion.V2019, null, null,
                null, null, null, List.of(), cells, List.of(), List.of(), List.of(), null, null);
        Row row = ReportRows.toRow(report);
        assertNull(row.get(index("requests.newReceived.total")));
        assertEquals(ReportRows.CELL_OUT_OF_RANGE, row.get(index("warnings")));
        assertTrue(row.<String>getAs(index("json")).contains("\"requests.newReceived.total\":1" + "0".repeat(40)));
    }

    @Test
    void aFailedReportHasItsErrorInTheJson() {
        AnnualReport failed = AnnualReport.failed("c.pdf", null, new ReportError(ErrorType.ENCRYPTED, "c.pdf: needs a password"), null);
        Row row = ReportRows.toRow(failed);
        assertEquals("c.pdf", row.get(0));
        assertEquals("FAILED", row.get(1));
        assertNull(row.get(index("format")));
        assertEquals("UNKNOWN", row.get(index("template")));
        assertEquals("ENCRYPTED", row.get(index("errorType")), "cells.csv's errorType column");
        assertEquals("c.pdf: needs a password", row.get(index("errorMessage")));
        assertTrue(row.<String>getAs(index("json")).contains("\"error\":{\"type\":\"ENCRYPTED\""));
    }

    private static int index(String column) {
        return ReportRows.schema().fieldIndex(column);
    }
}
