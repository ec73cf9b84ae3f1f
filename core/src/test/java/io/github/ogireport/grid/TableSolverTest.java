package io.github.ogireport.grid;

import io.github.ogireport.model.CellValue;
import io.github.ogireport.model.RequestRow;
import io.github.ogireport.model.Rule;
import io.github.ogireport.model.TemplateVersion;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TableSolverTest {

    private static List<CellValue> row(long... cells) {
        List<CellValue> r = new ArrayList<>();
        for (long c : cells) {
            r.add(CellValue.number(BigDecimal.valueOf(c), Long.toString(c), null));
        }
        return r;
    }

    private static List<List<CellValue>> one(long... cells) {
        return List.of(row(cells));
    }

    /** A 2019 table 三 of zeros, every row read normally. */
    private static Map<RequestRow, List<List<CellValue>>> zeros() {
        Map<RequestRow, List<List<CellValue>>> d = new EnumMap<>(RequestRow.class);
        for (RequestRow r : RequestRow.of(TemplateVersion.V2019)) {
            d.put(r, one(0, 0, 0, 0, 0, 0, 0));
        }
        return d;
    }

    private static List<String> raws(List<List<CellValue>> candidates) {
        return candidates.stream().map(c -> String.join(" ", Runs.raws(c))).toList();
    }

    @Test
    void theColumnRulesLeaveOneSplitOfAGluedRow() {
        Map<RequestRow, List<List<CellValue>>> d = zeros();
        // 110000011 granted: 11 0 0 0 0 0 11 or 1 10 0 0 0 0 11; totalProcessed and newReceived say 11 in 自然人
        d.put(RequestRow.GRANTED, List.of(row(1, 10, 0, 0, 0, 0, 11), row(11, 0, 0, 0, 0, 0, 11)));
        d.put(RequestRow.TOTAL_PROCESSED, one(11, 0, 0, 0, 0, 0, 11));
        d.put(RequestRow.NEW_RECEIVED, one(11, 0, 0, 0, 0, 0, 11));
        TableSolver.Result r = TableSolver.solve(TemplateVersion.V2019, d, new WorkBudget(100_000));
        assertEquals(List.of("11 0 0 0 0 0 11"), raws(r.survivors().get(RequestRow.GRANTED)));
        assertTrue(r.columnRules());
        assertTrue(r.exhaustive());
        assertEquals(List.of(Rule.T3_C), r.used());
    }

    @Test
    void twoGluedRowsAreDecidedTogether() {
        Map<RequestRow, List<List<CellValue>>> d = zeros();
        d.put(RequestRow.GRANTED, List.of(row(1, 10, 0, 0, 0, 0, 11), row(11, 0, 0, 0, 0, 0, 11)));
        d.put(RequestRow.PARTIALLY_GRANTED, List.of(row(1, 12, 0, 0, 0, 0, 13), row(11, 2, 0, 0, 0, 0, 13)));
        d.put(RequestRow.TOTAL_PROCESSED, one(22, 2, 0, 0, 0, 0, 24));
        d.put(RequestRow.NEW_RECEIVED, one(22, 2, 0, 0, 0, 0, 24));
        TableSolver.Result r = TableSolver.solve(TemplateVersion.V2019, d, new WorkBudget(100_000));
        assertEquals(List.of("11 0 0 0 0 0 11"), raws(r.survivors().get(RequestRow.GRANTED)));
        assertEquals(List.of("11 2 0 0 0 0 13"), raws(r.survivors().get(RequestRow.PARTIALLY_GRANTED)));
    }

    @Test
    void aRuleNoChoiceCanSatisfyIsLeftOutAndTheOthersStillDecide() {
        Map<RequestRow, List<List<CellValue>>> d = zeros();
        d.put(RequestRow.GRANTED, List.of(row(1, 10, 0, 0, 0, 0, 11), row(11, 0, 0, 0, 0, 0, 11)));
        // the source's own slip: totalProcessed says 5 in 自然人, which neither split gives (T3-C fails there),
        // while its 0 in 商业企业 still rules out the split with 10
        d.put(RequestRow.TOTAL_PROCESSED, one(5, 0, 0, 0, 0, 0, 11));
        TableSolver.Result r = TableSolver.solve(TemplateVersion.V2019, d, new WorkBudget(100_000));
        assertEquals(List.of("11 0 0 0 0 0 11"), raws(r.survivors().get(RequestRow.GRANTED)));
        assertEquals(List.of("T3-C:naturalPerson"), r.relaxed());
    }

    @Test
    void rulesThatCannotHoldTogetherLeaveEachRowToItsOwnRule() {
        Map<RequestRow, List<List<CellValue>>> d = zeros();
        d.put(RequestRow.GRANTED, one(11, 0, 0, 0, 0, 0, 11));
        d.put(RequestRow.PARTIALLY_GRANTED, one(11, 0, 0, 0, 0, 0, 11));
        d.put(RequestRow.NEW_RECEIVED, one(11, 0, 0, 0, 0, 0, 11));
        // T3-A alone wants totalProcessed 11 in 自然人, T3-C alone 22: each rule can hold, not both
        d.put(RequestRow.TOTAL_PROCESSED, List.of(row(11, 0, 0, 0, 0, 0, 11), row(22, 0, 0, 0, 0, 0, 22)));
        TableSolver.Result r = TableSolver.solve(TemplateVersion.V2019, d, new WorkBudget(100_000));
        assertEquals(2, r.survivors().get(RequestRow.TOTAL_PROCESSED).size());
        assertFalse(r.columnRules());
    }

    @Test
    void theEnumerationStopsAtItsBudgetAndKeepsASafeSuperset() {
        Map<RequestRow, List<List<CellValue>>> d = zeros();
        // 21 handling rows of 2 splits each, 10 of which must take 自然人: C(21, 10) solutions
        List<RequestRow> handling = RequestRow.of(TemplateVersion.V2019).stream()
                .filter(RequestRow::isHandlingResult).toList();
        for (RequestRow h : handling) {
            d.put(h, List.of(row(1, 0, 0, 0, 0, 0, 1), row(0, 1, 0, 0, 0, 0, 1)));
        }
        d.put(RequestRow.TOTAL_PROCESSED, one(10, 11, 0, 0, 0, 0, 21));
        d.put(RequestRow.NEW_RECEIVED, one(10, 11, 0, 0, 0, 0, 21));
        WorkBudget budget = new WorkBudget(50_000);
        long start = System.nanoTime();
        TableSolver.Result r = TableSolver.solve(TemplateVersion.V2019, d, budget);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertFalse(r.exhaustive());
        assertEquals(2, r.survivors().get(handling.get(0)).size());
        assertTrue(budget.used() <= 50_000, "steps " + budget.used());
        assertTrue(ms < 2_000, "took " + ms + " ms");
    }
}
