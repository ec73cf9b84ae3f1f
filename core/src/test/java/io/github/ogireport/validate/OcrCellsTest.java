package io.github.ogireport.validate;

import io.github.ogireport.model.CellKeys;
import io.github.ogireport.model.CellKind;
import io.github.ogireport.model.CellValue;
import io.github.ogireport.model.Check;
import io.github.ogireport.model.CheckResult;
import io.github.ogireport.model.Derivation;
import io.github.ogireport.model.OcrConfidence;
import io.github.ogireport.model.RequestColumn;
import io.github.ogireport.model.RequestRow;
import io.github.ogireport.model.TemplateVersion;
import io.github.ogireport.model.WarningCode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which OCR'd values a report keeps. The rows are table 四's 行政复议 group (total = the four outcomes) with readings
 * shaped as the scans of the OCR bench gave them: 50 = 50 + 0 + 0 + 0, its total read {@code 00} by one reader.
 */
class OcrCellsTest {
    private static final TemplateVersion T = TemplateVersion.V2021;
    private static final double SURE = 0.99;
    private static final double DISPUTED = OcrConfidence.DISPUTED;

    @Test
    void aSureValueStandsAndAnUnsureOneNeedsAPassingCheck() {
        Map<String, CellValue> cells = review(50, SURE, 0, SURE, 0, SURE, 0, 0.95, 50, SURE);
        OcrCells read = settle(cells);
        // the row passes: every value stands, the unsure one confirmed by it
        assertEquals(0, read.cells().get("adminReview.pending").value().intValue());
        assertEquals(List.of(), read.warnings());
    }

    @Test
    void aFailingCheckWithADisputedValueIsBlamedOnIt() {
        OcrCells read = settle(review(50, SURE, 0, SURE, 0, SURE, 0, 0.95, 0, DISPUTED));
        CellValue total = read.cells().get("adminReview.total");
        assertNull(total.value());
        assertEquals(CellKind.UNDECIDED, total.kind());
        assertEquals(List.of("00"), total.candidates());
        // the sure values keep their standing; the unsure one is still confirmed by no check
        assertEquals(50, read.cells().get("adminReview.upheld").value().intValue());
        assertEquals(0, read.cells().get("adminReview.corrected").value().intValue());
        assertNull(read.cells().get("adminReview.pending").value());
        assertEquals(WarningCode.OCR_UNCERTAIN, read.warnings().get(0).code());
        assertEquals("adminReview.pending, adminReview.total", read.warnings().get(0).where());
    }

    @Test
    void aFailingCheckIsBlamedOnEveryDisputedValueInIt() {
        // 50 + 0 + 0 + 0 = 0, the 0 of corrected and the total disputed: either may be misread, the sure ones stand
        OcrCells read = settle(review(50, SURE, 0, DISPUTED, 0, SURE, 0, SURE, 0, DISPUTED));
        assertNull(read.cells().get("adminReview.corrected").value());
        assertNull(read.cells().get("adminReview.total").value());
        assertEquals(50, read.cells().get("adminReview.upheld").value().intValue());
        assertEquals(0, read.cells().get("adminReview.otherResult").value().intValue());
    }

    @Test
    void aDisputedValueThatCannotExplainTheFailureLeavesTheCheckFailing() {
        // 60 + 7 + 0 + 0 = 3 fails, and no numbers in the disputed 60 and 0 make it pass: the sure 7 or 3 is misread
        // or printed so. The disputed values are null, the sure ones stand, and the check still fails on them
        OcrCells read = settle(review(60, DISPUTED, 7, SURE, 0, DISPUTED, 0, SURE, 3, SURE));
        assertNull(read.cells().get("adminReview.upheld").value());
        assertNull(read.cells().get("adminReview.otherResult").value());
        assertEquals(7, read.cells().get("adminReview.corrected").value().intValue());
        assertEquals(3, read.cells().get("adminReview.total").value().intValue());
        Check c = check(read, "adminReview");
        assertEquals(CheckResult.FAIL, c.result(), c::toString);
        assertTrue(c.detail().contains("60 + 7 + 0 + 0"), c.detail());
    }

    @Test
    void aFailingCheckIsBlamedOnItsUnsureValuesWhereTheyCanExplainIt() {
        // lo-html-2019, degraded scan: a 0 read as 9 at 0.91 beside sure readings; 50 + 0 + 0 + 9 = 50 fails, and a
        // whole number in the unsure cell (0) would make it pass: the sure values stand, the 9 is null
        OcrCells read = settle(review(50, SURE, 0, SURE, 0, SURE, 9, 0.91, 50, SURE));
        assertNull(read.cells().get("adminReview.pending").value());
        assertEquals(List.of("9"), read.cells().get("adminReview.pending").candidates());
        assertEquals(50, read.cells().get("adminReview.upheld").value().intValue());
        assertEquals(50, read.cells().get("adminReview.total").value().intValue());
        assertEquals("adminReview.pending", read.warnings().get(0).where());
    }

    @Test
    void anUnsureValueThatCannotExplainTheFailureLeavesTheCheckFailing() {
        // hongze-2023, clean scan, a misprinted table 四: 10 + 1 + 0 + 0 = 0 with the 10 read at 0.978. No number in
        // the unsure cell makes it pass: it is null, and the sure values stand as on the text report, flagged by
        // their failing check
        OcrCells read = settle(review(10, 0.978, 1, SURE, 0, SURE, 0, SURE, 0, SURE));
        assertNull(read.cells().get("adminReview.upheld").value());
        assertEquals(1, read.cells().get("adminReview.corrected").value().intValue());
        assertEquals(0, read.cells().get("adminReview.total").value().intValue());
        assertEquals(CheckResult.FAIL, check(read, "adminReview").result());
        assertEquals("adminReview.upheld", read.warnings().get(0).where());
    }

    @Test
    void aFailingCheckOfSureValuesKeepsThemAndFails() {
        // hongze-2023, a misprint every reader read surely: 5 + 0 + 0 + 0 = 0. A text report shows the same values
        // and the same failing check; so does the scan
        OcrCells read = settle(review(5, SURE, 0, SURE, 0, SURE, 0, SURE, 0, SURE));
        assertEquals(5, read.cells().get("adminReview.upheld").value().intValue());
        assertEquals(0, read.cells().get("adminReview.total").value().intValue());
        assertEquals(CheckResult.FAIL, check(read, "adminReview").result());
        assertEquals(List.of(), read.warnings());
    }

    @Test
    void aDisputedValueConfirmedByItsOwnCheckDoesNotKeepAnotherCellsReadingOut() {
        // lo-html-2019, clean scan, 无法提供 / 本机关不掌握: 11 read 1 by one reader and 11 by the other. Its row
        // (15 = 11 + 3 + 0 + 0 + 0 + 1) passes with 11 alone, but holds a lone 1 read as ] (disputed) that the
        // 其他 column's own passing check confirms
        TemplateVersion t = TemplateVersion.V2019;
        Map<String, CellValue> cells = new LinkedHashMap<>();
        for (String k : CellKeys.of(t)) {
            cells.put(k, CellValue.missing());
        }
        int[] row = {1, 3, 0, 0, 0, 1, 15};
        RequestColumn[] columns = RequestColumn.values();
        for (int i = 0; i < columns.length; i++) {
            cells.put(CellKeys.of(RequestRow.UNABLE_NOT_HELD, columns[i]), ocr(row[i], i == 5 ? DISPUTED : SURE));
        }
        cells.put("requests.unableNotHeld.naturalPerson", new CellValue(BigDecimal.ONE, CellKind.NUMBER, "1", null,
                Set.of(Derivation.OCR), DISPUTED, List.of("1", "11")));
        for (RequestRow r : RequestRow.of(t)) {
            if (r.isHandlingResult() && r != RequestRow.UNABLE_NOT_HELD) {
                cells.put(CellKeys.of(r, RequestColumn.OTHER_ORG), ocr(0, SURE));
            }
        }
        cells.put("requests.totalProcessed.otherOrg", ocr(1, SURE));
        OcrCells read = OcrCells.settle(t, cells, ArithmeticChecks.run(t, cells), List.of());
        CellValue v = read.cells().get("requests.unableNotHeld.naturalPerson");
        assertEquals(11, v.value().intValue(), v::toString);
        assertEquals(List.of("11", "1"), v.candidates());
        assertEquals(1, read.cells().get("requests.unableNotHeld.otherOrg").value().intValue());
    }

    @Test
    void theOtherReadingOfADisputedNumberIsTakenWhereTheChecksPassWithItAlone() {
        // upheld 31 read 3 by one reader and 31 by the other; 3 + 0 + 0 + 0 = 31 fails, 31 + 0 + 0 + 0 = 31 passes
        Map<String, CellValue> cells = review(3, DISPUTED, 0, SURE, 0, SURE, 0, SURE, 31, SURE);
        cells.put("adminReview.upheld", alternatives(cells.get("adminReview.upheld"), "31"));
        OcrCells read = settle(cells);
        CellValue upheld = read.cells().get("adminReview.upheld");
        assertEquals(31, upheld.value().intValue());
        assertEquals("31", upheld.raw());
        assertEquals(List.of("31", "3"), upheld.candidates());
        assertEquals(DISPUTED, upheld.confidence());
        assertEquals(List.of(), read.warnings());
    }

    @Test
    void aCheckThatFailsWithBothReadingsDoesNotKeepTheOtherOut() {
        // lo-html-2019, degraded scan, 1.属于国家秘密: 1 + 0 + 0 + 0 + 0 + 1 = 1 with 其他 read 1 (0.95) and 0 when
        // read again; the 其他 column fails with both (its total misread too), the row passes with 0 alone
        TemplateVersion t = TemplateVersion.V2019;
        Map<String, CellValue> cells = new LinkedHashMap<>();
        for (String k : CellKeys.of(t)) {
            cells.put(k, CellValue.missing());
        }
        for (RequestRow r : RequestRow.of(t)) {
            if (r.isHandlingResult()) {
                cells.put(CellKeys.of(r, RequestColumn.OTHER_ORG), ocr(r == RequestRow.GRANTED ? 6 : 0, SURE));
            }
        }
        cells.put("requests.totalProcessed.otherOrg", ocr(9, SURE)); // 6 + 0 + …, misread
        for (RequestColumn c : RequestColumn.values()) {
            cells.put(CellKeys.of(RequestRow.DENIED_STATE_SECRET, c),
                    ocr(c == RequestColumn.NATURAL_PERSON || c == RequestColumn.TOTAL ? 1 : 0, SURE));
        }
        cells.put("requests.deniedStateSecret.otherOrg", new CellValue(BigDecimal.ONE, CellKind.NUMBER, "1", null,
                Set.of(Derivation.OCR), 0.95, List.of("1", "0")));
        OcrCells read = OcrCells.settle(t, cells, ArithmeticChecks.run(t, cells), List.of());
        CellValue v = read.cells().get("requests.deniedStateSecret.otherOrg");
        assertEquals(0, v.value().intValue(), v::toString);
        assertEquals(List.of("0", "1"), v.candidates());
        assertEquals(1, read.cells().get("requests.deniedStateSecret.total").value().intValue());
    }

    @Test
    void twoDisputedReadingsDoNotConfirmEachOthersAlternative() {
        // hongze-2024, clean scan: 31 read 3 (or 31), its total 31 read 01 (or 3); taking the total's 3 would make
        // 3 = 3 pass with two wrong values
        Map<String, CellValue> cells = review(3, DISPUTED, 0, SURE, 0, SURE, 0, SURE, 1, DISPUTED);
        cells.put("adminReview.upheld", alternatives(cells.get("adminReview.upheld"), "31"));
        cells.put("adminReview.total", alternatives(cells.get("adminReview.total"), "3"));
        OcrCells read = settle(cells);
        assertNull(read.cells().get("adminReview.upheld").value());
        assertNull(read.cells().get("adminReview.total").value());
        assertEquals(List.of("3", "31"), read.cells().get("adminReview.upheld").candidates());
        assertEquals(0, read.cells().get("adminReview.corrected").value().intValue());
    }

    @Test
    void aCheckThatPassesWithTheOtherReadingsTooConfirmsNeitherReading() {
        // narrow-columns.pdf scanned clean: a row's 2 and its total 2 were each read 5 by one reader and 2 by the
        // other. 5 = 5 + 0 + … passes, and so does 2 = 2 + 0 + …: the row cannot tell which is printed
        Map<String, CellValue> cells = review(5, DISPUTED, 0, SURE, 0, SURE, 0, SURE, 5, DISPUTED);
        cells.put("adminReview.upheld", alternatives(cells.get("adminReview.upheld"), "2"));
        cells.put("adminReview.total", alternatives(cells.get("adminReview.total"), "2"));
        OcrCells read = settle(cells);
        for (String k : List.of("adminReview.upheld", "adminReview.total")) {
            CellValue v = read.cells().get(k);
            assertNull(v.value(), v::toString);
            assertEquals(CellKind.UNDECIDED, v.kind());
            assertEquals(List.of("5", "2"), v.candidates());
        }
        assertEquals(0, read.cells().get("adminReview.corrected").value().intValue(), "read surely");
        assertEquals("adminReview.upheld, adminReview.total", read.warnings().get(0).where());
        // one value read two ways, the other surely: the row tells them apart, and confirms the reading it passes with
        Map<String, CellValue> one = review(5, DISPUTED, 0, SURE, 0, SURE, 0, SURE, 5, SURE);
        one.put("adminReview.upheld", alternatives(one.get("adminReview.upheld"), "2"));
        assertEquals(5, settle(one).cells().get("adminReview.upheld").value().intValue());
    }

    private static Check check(OcrCells read, String scope) {
        return read.checks().stream().filter(c -> c.scope().equals(scope)).findFirst().orElseThrow();
    }

    private static CellValue alternatives(CellValue v, String other) {
        return new CellValue(v.value(), v.kind(), v.raw(), v.unit(), v.how(), v.confidence(), List.of(v.raw(), other));
    }

    private static OcrCells settle(Map<String, CellValue> cells) {
        return OcrCells.settle(T, cells, ArithmeticChecks.run(T, cells), List.of());
    }

    /** Table 四's 行政复议 row (value, confidence pairs: upheld, corrected, other, pending, total); the rest missing. */
    private static Map<String, CellValue> review(double... read) {
        Map<String, CellValue> cells = new LinkedHashMap<>();
        for (String k : CellKeys.of(T)) {
            cells.put(k, CellValue.missing());
        }
        List<String> keys = List.of("upheld", "corrected", "otherResult", "pending", "total");
        for (int i = 0; i < keys.size(); i++) {
            cells.put("adminReview." + keys.get(i), ocr((int) read[2 * i], read[2 * i + 1]));
        }
        return cells;
    }

    private static CellValue ocr(int value, double confidence) {
        return new CellValue(BigDecimal.valueOf(value), CellKind.NUMBER, value == 0 && confidence == DISPUTED ? "00"
                : String.valueOf(value), null, Set.of(Derivation.OCR), confidence, List.of());
    }
}
