package io.github.ogireport.validate;

import io.github.ogireport.model.ActiveColumn;
import io.github.ogireport.model.ActiveRow;
import io.github.ogireport.model.CellKeys;
import io.github.ogireport.model.CellKind;
import io.github.ogireport.model.CellValue;
import io.github.ogireport.model.Check;
import io.github.ogireport.model.CheckResult;
import io.github.ogireport.model.RequestColumn;
import io.github.ogireport.model.RequestRow;
import io.github.ogireport.model.ReviewColumn;
import io.github.ogireport.model.ReviewGroup;
import io.github.ogireport.model.Rule;
import io.github.ogireport.model.TemplateCells;
import io.github.ogireport.model.TemplateVersion;
import io.github.ogireport.model.Warning;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ArithmeticChecksTest {

    /** A 2019 table 三 of zeros with table 四 of zeros, to change cell by cell. */
    private static Map<String, CellValue> zeros(TemplateVersion template) {
        Map<String, CellValue> cells = new LinkedHashMap<>();
        for (String key : CellKeys.of(template)) {
            cells.put(key, n(0));
        }
        return cells;
    }

    private static CellValue n(long v) {
        return CellValue.number(BigDecimal.valueOf(v), Long.toString(v), null);
    }

    private static Check find(List<Check> checks, Rule rule, String scope) {
        return checks.stream().filter(c -> c.rule() == rule && c.scope().equals(scope)).findFirst().orElseThrow();
    }

    @Test
    void t3aFailsWithTheNumbersInDetail() {
        Map<String, CellValue> cells = zeros(TemplateVersion.V2019);
        cells.put(CellKeys.of(RequestRow.NEW_RECEIVED, RequestColumn.NATURAL_PERSON), n(5));
        cells.put(CellKeys.of(RequestRow.TOTAL_PROCESSED, RequestColumn.NATURAL_PERSON), n(4));
        cells.put(CellKeys.of(RequestRow.CARRIED_FORWARD, RequestColumn.NATURAL_PERSON), n(2));
        Check c = find(ArithmeticChecks.run(TemplateVersion.V2019, cells), Rule.T3_A, "naturalPerson");
        assertEquals(CheckResult.FAIL, c.result());
        assertEquals("5 + 0 ≠ 4 + 2", c.detail());
    }

    @Test
    void t3aPassesWhenBothSidesAgree() {
        Map<String, CellValue> cells = zeros(TemplateVersion.V2019);
        cells.put(CellKeys.of(RequestRow.NEW_RECEIVED, RequestColumn.TOTAL), n(5));
        cells.put(CellKeys.of(RequestRow.TOTAL_PROCESSED, RequestColumn.TOTAL), n(4));
        cells.put(CellKeys.of(RequestRow.CARRIED_FORWARD, RequestColumn.TOTAL), n(1));
        Check c = find(ArithmeticChecks.run(TemplateVersion.V2019, cells), Rule.T3_A, "total");
        assertEquals(CheckResult.PASS, c.result());
        assertEquals("5 + 0 = 4 + 1", c.detail());
    }

    @Test
    void t3bComparesTheRowTotalWithItsSixColumns() {
        Map<String, CellValue> cells = zeros(TemplateVersion.V2019);
        cells.put(CellKeys.of(RequestRow.GRANTED, RequestColumn.NATURAL_PERSON), n(3));
        cells.put(CellKeys.of(RequestRow.GRANTED, RequestColumn.LEGAL_SERVICE_ORG), n(2));
        cells.put(CellKeys.of(RequestRow.GRANTED, RequestColumn.TOTAL), n(4));
        Check c = find(ArithmeticChecks.run(TemplateVersion.V2019, cells), Rule.T3_B, "granted");
        assertEquals(CheckResult.FAIL, c.result());
        assertEquals("4 ≠ 3 + 0 + 0 + 0 + 2 + 0", c.detail());
    }

    @Test
    void t3cUsesTheThreeOtherRowsIn2021() {
        Map<String, CellValue> cells = zeros(TemplateVersion.V2021);
        cells.put(CellKeys.of(RequestRow.OTHER_REASONS, RequestColumn.TOTAL), n(2));
        cells.put(CellKeys.of(RequestRow.TOTAL_PROCESSED, RequestColumn.TOTAL), n(2));
        List<Check> checks = ArithmeticChecks.run(TemplateVersion.V2021, cells);
        assertEquals(CheckResult.PASS, find(checks, Rule.T3_C, "total").result());
        cells.put(CellKeys.of(RequestRow.OTHER_OVERDUE_FEE, RequestColumn.TOTAL), n(1));
        assertEquals(CheckResult.FAIL, find(ArithmeticChecks.run(TemplateVersion.V2021, cells), Rule.T3_C, "total").result());
    }

    @Test
    void aBlankCellMakesTheRuleNotAssessableNotAPass() {
        Map<String, CellValue> cells = zeros(TemplateVersion.V2019);
        cells.put(CellKeys.of(ReviewGroup.ADMIN_REVIEW, ReviewColumn.PENDING), CellValue.empty());
        List<Check> checks = ArithmeticChecks.run(TemplateVersion.V2019, cells);
        Check c = find(checks, Rule.T4_A, "adminReview");
        assertEquals(CheckResult.NOT_ASSESSABLE, c.result());
        assertEquals("0 = 0 + 0 + 0 + (empty)", c.detail());
        assertEquals(CheckResult.PASS, find(checks, Rule.T4_B, "litigationDirect").result());
    }

    @Test
    void everyRuleScopeIsCheckedOnceFor2019() {
        List<Check> checks = ArithmeticChecks.run(TemplateVersion.V2019, zeros(TemplateVersion.V2019));
        // 7 columns for T3-A and T3-C, 23 data rows for T3-B, 3 groups for T4
        assertEquals(7 + 23 + 7 + 3, checks.size());
        assertEquals(0, checks.stream().filter(c -> c.result() != CheckResult.PASS).count());
    }

    private static CellValue n(String v) {
        return CellValue.number(new BigDecimal(v), v, null);
    }

    /** The parser's cells by position are checked as the same cells in any other map. */
    @Test
    void cellsByPositionAreCheckedAsAnyMapOfThem() {
        for (TemplateVersion t : List.of(TemplateVersion.V2019, TemplateVersion.V2021)) {
            Map<String, CellValue> cells = zeros(t);
            cells.put(CellKeys.of(RequestRow.NEW_RECEIVED, RequestColumn.NATURAL_PERSON), n("5.50"));
            cells.put(CellKeys.of(RequestRow.GRANTED, RequestColumn.TOTAL), CellValue.empty());
            cells.put(CellKeys.of(RequestRow.GRANTED, RequestColumn.COMMERCIAL_ENTERPRISE), new CellValue(null, CellKind.DASH, "—", null));
            cells.put(CellKeys.of(ReviewGroup.values()[0], ReviewColumn.TOTAL), n("1E+3"));
            cells.remove(CellKeys.of(RequestRow.CARRIED_OVER, RequestColumn.TOTAL));
            cells.put(CellKeys.of(RequestRow.CARRIED_FORWARD, RequestColumn.NATURAL_PERSON), n("-12345678901234567890"));
            cells.put(CellKeys.of(RequestRow.CARRIED_FORWARD, RequestColumn.COMMERCIAL_ENTERPRISE), n("123456789012345678"));
            CellValue[] values = new CellValue[CellKeys.of(t).size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = cells.getOrDefault(CellKeys.of(t).get(i), CellValue.missing());
            }
            List<Check> byKey = ArithmeticChecks.run(t, cells);
            assertEquals(byKey, ArithmeticChecks.run(t, TemplateCells.of(t, values)));
            assertEquals("(missing) = 0 + 0 + 0 + 0 + 0 + 0", find(byKey, Rule.T3_B, "carriedOver").detail(),
                    "a key the map lacks is missing");
            assertEquals("(empty) = 0 + (dash) + 0 + 0 + 0 + 0", find(byKey, Rule.T3_B, "granted").detail());
            assertEquals("5.50 + 0 ≠ 0 + -12345678901234567890", find(byKey, Rule.T3_A, "naturalPerson").detail());
            assertEquals("0 + 0 ≠ 0 + 123456789012345678", find(byKey, Rule.T3_A, "commercialEnterprise").detail());
            assertEquals("1000 ≠ 0 + 0 + 0 + 0", find(byKey, ReviewGroup.values()[0].rule(), ReviewGroup.values()[0].key())
                    .detail());
        }
    }

    /** A count that reads as a fraction or below zero is told; a whole number however scaled is not. */
    @Test
    void countsAreWholeAndNotNegative() {
        String newlyMade = CellKeys.of(ActiveRow.RULES, ActiveColumn.NEWLY_MADE);
        String change = CellKeys.of(ActiveRow.LICENSING, ActiveColumn.ITEM_CHANGE);
        for (String[] c : new String[][] {{"0", ""}, {"5", ""}, {"5.00", ""}, {"1E+3", ""}, {"0.000", ""},
            {"5.5", newlyMade}, {"-1", newlyMade}, {"-0.0", ""}, {"0.10", newlyMade}}) {
            Map<String, CellValue> cells = zeros(TemplateVersion.V2019);
            cells.put(newlyMade, n(c[0]));
            cells.put(change, n("-" + c[0].replace("-", "")));
            List<Warning> warnings = ArithmeticChecks.softRules(TemplateVersion.V2019, cells, "");
            assertEquals(c[1], warnings.stream().map(Warning::where).findFirst().orElse(""), c[0]);
        }
    }
}
