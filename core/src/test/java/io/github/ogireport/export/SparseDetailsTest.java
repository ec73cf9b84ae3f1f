package io.github.ogireport.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogireport.ReportParser;
import io.github.ogireport.TestData;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.CellKind;
import io.github.ogireport.model.CellValue;
import io.github.ogireport.model.Derivation;
import io.github.ogireport.model.ErrorType;
import io.github.ogireport.model.Format;
import io.github.ogireport.model.ReportError;
import io.github.ogireport.model.Status;
import io.github.ogireport.model.TemplateVersion;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Contract 2's sparse {@code cellDetails} (FORMAT.md B1) on the seeds, and {@code --details all}. */
class SparseDetailsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<Path> seeds() throws IOException {
        try (Stream<Path> files = Files.list(TestData.SEEDS)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }

    @Test
    void aPrintedBlankOrDashAlwaysHasADetailAndAPlainNumberNever() throws IOException {
        ReportParser parser = new ReportParser();
        Map<CellKind, Integer> seen = new EnumMap<>(CellKind.class);
        int plain = 0;
        for (Path seed : seeds()) {
            AnnualReport r = parser.parseOrFailed(seed);
            JsonNode json = JSON.readTree(ReportJson.toLine(r));
            assertEquals(2, json.get("contract").asInt());
            JsonNode details = json.get("cellDetails");
            for (Map.Entry<String, CellValue> e : r.cells().entrySet()) {
                CellValue v = e.getValue();
                JsonNode d = details.get(e.getKey());
                String where = seed.getFileName() + " " + e.getKey() + " " + v;
                seen.merge(v.kind(), 1, Integer::sum);
                switch (v.kind()) {
                    case EMPTY, DASH, TEXT, UNDECIDED -> {
                        assertTrue(d != null, where + ": a null cell printed as " + v.kind() + " has its detail");
                        assertEquals(v.kind().name(), d.get("kind").asText(), where);
                        assertEquals(v.raw(), d.get("raw").asText(), where);
                        assertTrue(json.get("cells").get(e.getKey()).isNull(), where);
                    }
                    case MISSING -> assertTrue(d == null, where + ": not found, so no detail");
                    case NUMBER -> {
                        if (v.isPlainNumber()) {
                            plain++;
                            assertTrue(d == null, where + ": a plain number has no detail");
                        } else {
                            assertTrue(d != null, where + ": a number that is not plain has its detail");
                        }
                    }
                }
            }
        }
        // the seeds print blanks (004's 行政复议), a unit (000's 4.98万元) and an amount of unknown unit (001)
        assertTrue(seen.getOrDefault(CellKind.EMPTY, 0) >= 5, seen::toString);
        assertTrue(seen.getOrDefault(CellKind.UNDECIDED, 0) >= 1, seen::toString);
        assertTrue(plain > 900, "most cells are plain numbers: " + plain);
    }

    @Test
    void seedsInDetail() throws IOException {
        ReportParser parser = new ReportParser();
        JsonNode seed004 = JSON.readTree(ReportJson.toLine(parser.parseOrFailed(
                TestData.seed(4))));
        // the five 行政复议 cells of seed 004 are empty tab cells
        for (String c : List.of("upheld", "corrected", "otherResult", "pending", "total")) {
            assertEquals("{\"raw\":\"\",\"kind\":\"EMPTY\",\"unit\":null}",
                    seed004.get("cellDetails").get("adminReview." + c).toString());
        }
        assertEquals("{\"raw\":\"5.2 万元\",\"kind\":\"NUMBER\",\"unit\":\"万元\"}",
                seed004.get("cellDetails").get("active.procurement.totalAmount").toString());
        assertEquals(6, seed004.get("cellDetails").size(), seed004.get("cellDetails")::toString);
        JsonNode seed002 = JSON.readTree(ReportJson.toLine(parser.parseOrFailed(
                TestData.seed(2))));
        assertEquals(0, seed002.get("cellDetails").size(), "every cell of seed 002 is printed as a plain number");
    }

    @Test
    void detailsAllWritesEveryKey() throws IOException {
        for (Path seed : seeds()) {
            AnnualReport r = new ReportParser().parseOrFailed(seed);
            JsonNode json = JSON.readTree(ReportJson.toLine(r, ReportJson.Details.ALL));
            assertEquals(2, json.get("contract").asInt());
            assertEquals(r.cells().size(), json.get("cellDetails").size(), seed::toString);
            assertEquals(JSON.readTree(ReportJson.toLine(r)).get("cells"), json.get("cells"));
        }
    }

    @Test
    void aDecidedValueSaysHowAndAnUndecidedOneItsCandidates() throws IOException {
        CellValue converted = CellValue.number(new BigDecimal("25.1"), "251000元", "元")
                .decidedBy(Derivation.UNIT_CONVERTED);
        CellValue ocr = CellValue.number(new BigDecimal("7"), "7", null).decidedBy(Derivation.OCR).withConfidence(0.5);
        CellValue undecided = CellValue.undecided("799100", List.of("79.91", "799100"));
        assertTrue(ReportJson.saysMore(converted) && ReportJson.saysMore(ocr) && ReportJson.saysMore(undecided));
        assertFalse(ReportJson.saysMore(CellValue.number(BigDecimal.ONE, "1", null)));
        assertFalse(ReportJson.saysMore(CellValue.missing()));
        assertTrue(ReportJson.saysMore(CellValue.number(BigDecimal.ONE, "01", null)));
        assertTrue(ReportJson.saysMore(CellValue.number(BigDecimal.ONE, "+1", null)));
        Map<String, CellValue> cells = new java.util.LinkedHashMap<>();
        cells.put("active.procurement.totalAmount", converted);
        cells.put("active.procurement.projects", ocr);
        cells.put("active.fees.itemChange", undecided);
        cells.put("active.fees.prevYearItems", CellValue.number(BigDecimal.TEN, "10", null));
        AnnualReport r = new AnnualReport("f.txt", Status.PARTIAL, Format.TEXT, TemplateVersion.V2019, null, null, null,
                null, null, List.of(), cells, List.of(), List.of(), List.of(), null, null);
        String line = ReportJson.toLine(r);
        assertTrue(line.contains("\"cellDetails\":{\"active.procurement.totalAmount\":{\"raw\":\"251000元\","
                + "\"kind\":\"NUMBER\",\"unit\":\"元\",\"how\":[\"UNIT_CONVERTED\"]},\"active.procurement.projects\":"
                + "{\"raw\":\"7\",\"kind\":\"NUMBER\",\"unit\":null,\"how\":[\"OCR\"],\"confidence\":0.5},"
                + "\"active.fees.itemChange\":{\"raw\":\"799100\",\"kind\":\"UNDECIDED\",\"unit\":null,"
                + "\"candidates\":[\"79.91\",\"799100\"]}}"), line);
        assertTrue(line.contains("\"cells\":{\"active.procurement.totalAmount\":25.1,\"active.procurement.projects\":7,"
                + "\"active.fees.itemChange\":null,\"active.fees.prevYearItems\":10}"), line);
    }

    @Test
    void aFailedRecordCarriesTheContractToo() throws IOException {
        AnnualReport failed = AnnualReport.failed("x.pdf", Format.PDF, new ReportError(ErrorType.ENCRYPTED, "x.pdf: encrypted"), null);
        JsonNode json = JSON.readTree(ReportJson.toLine(failed));
        assertEquals(2, json.get("contract").asInt());
        assertEquals(Status.FAILED.name(), json.get("status").asText());
        assertEquals(0, json.get("cellDetails").size());
        assertEquals(TemplateVersion.UNKNOWN.label(), json.get("template").asText());
    }
}
