package io.github.ogireport;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.CheckResult;
import io.github.ogireport.model.Format;
import io.github.ogireport.model.Status;
import io.github.ogireport.model.TemplateVersion;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two real published reports (WPS-made PDFs: tables crossing pages, page numbers inside table 三, a vertical
 * label in an Identity-V font), read from {@code ../shared/realworld/} when that folder is there. Every cell was
 * read off the rendered pages by eye. The 2023 report's table 四 contradicts itself (totals of 0 beside 10 + 1 and
 * 5): the output shows what is printed and the checks fail. Both reports print （六）其他处理 as one row of the
 * 2019 template instead of the three rows of 2021: those three rows are missing, not zero.
 */
class RealWorldPdfTest {
    private static final Path DIR = Path.of("../shared/realworld");
    private static final List<String> ROWS = List.of("newReceived", "carriedOver", "granted", "partiallyGranted",
            "deniedStateSecret", "deniedProhibitedByLaw", "deniedEndangersSafety", "deniedThirdPartyRights",
            "deniedInternalAffairs", "deniedProcessInfo", "deniedEnforcementFile", "deniedAdminQuery",
            "unableNotHeld", "unableNeedsCreation", "unableStillUnclear", "rejectedComplaint", "rejectedDuplicate",
            "rejectedPublication", "rejectedMassRepeated", "rejectedConfirmReissue", "totalProcessed",
            "carriedForward");
    private static final List<String> APPLICANTS = List.of("naturalPerson", "commercialEnterprise",
            "researchInstitution", "socialWelfareOrg", "legalServiceOrg", "otherOrg");

    private static AnnualReport parse(String name) throws Exception {
        Path file = DIR.resolve(name);
        assumeTrue(Files.exists(file), "real-world reports not present: " + file);
        return new ReportParser().parse(file);
    }

    @Test
    void hongze2023() throws Exception {
        AnnualReport r = parse("hongze-2023.pdf");
        assertEquals(Format.PDF, r.format());
        assertEquals(TemplateVersion.V2021, r.template());
        assertEquals("洪泽区人民政府2023年政府信息公开工作年度报告", r.title());
        assertEquals("洪泽区人民政府", r.agency());
        assertEquals(2023, r.year());
        assertEquals(LocalDate.of(2023, 1, 1), r.period().from());
        assertEquals(LocalDate.of(2023, 12, 31), r.period().to());
        assertEquals(null, r.publishDate());
        assertEquals(Status.PARTIAL, r.status()); // the three 2021 rows of （六） are not printed
        Map<String, Object> cells = new LinkedHashMap<>();
        active(cells, 0, 0, 0, 0, 5, 5, 550, 4119, 195, "7730.28");
        // every printed request row has its number in 自然人 and 总计 and zeros between
        requests(cells, 21, 0, 0, 4, 1, 0, 0, 0, 0, 1, 1, 0, 10, 3, 0, 1, 0, 0, 0, 0, 21, 0);
        review(cells, 10, 1, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0);
        assertCells(cells, r);
        assertEquals(Set.of("T4-A:adminReview", "T4-C:litigationAfterReview"), failed(r));
        assertMissing(r, "otherOverdueCorrection", "otherOverdueFee", "otherReasons");
    }

    @Test
    void hongze2024() throws Exception {
        AnnualReport r = parse("hongze-2024.pdf");
        assertEquals(TemplateVersion.V2021, r.template());
        assertEquals("淮安市洪泽区人民政府2024年政府信息公开工作年度报告", r.title());
        assertEquals("淮安市洪泽区人民政府", r.agency());
        assertEquals(2024, r.year());
        assertEquals(LocalDate.of(2024, 1, 1), r.period().from());
        assertEquals(LocalDate.of(2024, 12, 31), r.period().to());
        Map<String, Object> cells = new LinkedHashMap<>();
        active(cells, 0, 0, 0, 3, 0, 8, 9487, 2776, 84, "7545");
        requests(cells, 95, 0, 50, 9, 0, 0, 1, 0, 0, 1, 1, 0, 31, 1, 0, 1, 0, 0, 0, 0, 95, 0);
        review(cells, 1, 1, 0, 0, 2, 1, 0, 0, 0, 1, 2, 0, 1, 0, 3);
        assertCells(cells, r);
        assertEquals(Set.of(), failed(r));
        assertMissing(r, "otherOverdueCorrection", "otherOverdueFee", "otherReasons");
    }

    private static void active(Map<String, Object> cells, int rIssued, int rRepealed, int rInForce, int nIssued,
                               int nRepealed, int nInForce, int licensing, int penalty, int coercion, String fees) {
        cells.put("active.rules.issued", rIssued);
        cells.put("active.rules.repealed", rRepealed);
        cells.put("active.rules.inForce", rInForce);
        cells.put("active.normativeDocs.issued", nIssued);
        cells.put("active.normativeDocs.repealed", nRepealed);
        cells.put("active.normativeDocs.inForce", nInForce);
        cells.put("active.licensing.decisions", licensing);
        cells.put("active.penalty.decisions", penalty);
        cells.put("active.coercion.decisions", coercion);
        cells.put("active.fees.amountWanYuan", new BigDecimal(fees));
    }

    /** Per row of {@link #ROWS}, the 自然人 value, which is also the 总计; the other five columns are 0. */
    private static void requests(Map<String, Object> cells, int... naturalPerson) {
        for (int i = 0; i < ROWS.size(); i++) {
            for (String column : APPLICANTS) {
                cells.put("requests." + ROWS.get(i) + "." + column, column.equals("naturalPerson") ? naturalPerson[i] : 0);
            }
            cells.put("requests." + ROWS.get(i) + ".total", naturalPerson[i]);
        }
    }

    private static void review(Map<String, Object> cells, int... v) {
        String[] groups = {"adminReview", "litigationDirect", "litigationAfterReview"};
        String[] columns = {"upheld", "corrected", "otherResult", "pending", "total"};
        for (int i = 0; i < 15; i++) {
            cells.put(groups[i / 5] + "." + columns[i % 5], v[i]);
        }
    }

    private static void assertCells(Map<String, Object> expected, AnnualReport r) {
        Map<String, String> want = new LinkedHashMap<>();
        Map<String, String> got = new LinkedHashMap<>();
        expected.forEach((key, value) -> {
            want.put(key, new BigDecimal(value.toString()).stripTrailingZeros().toPlainString());
            BigDecimal actual = r.cell(key).value();
            got.put(key, actual == null ? "null" : actual.stripTrailingZeros().toPlainString());
        });
        assertEquals(want, got);
    }

    private static void assertMissing(AnnualReport r, String... rows) {
        for (String row : rows) {
            assertEquals(null, r.cell("requests." + row + ".total").value(), row);
        }
    }

    private static Set<String> failed(AnnualReport r) {
        Set<String> out = new TreeSet<>();
        r.checks().stream().filter(c -> c.result() == CheckResult.FAIL).forEach(c -> out.add(c.rule() + ":" + c.scope()));
        return out;
    }
}
