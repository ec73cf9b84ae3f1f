package io.github.ogireport.grid;

import io.github.ogireport.model.ActiveColumn;
import io.github.ogireport.model.ActiveRow;
import io.github.ogireport.model.CellKind;
import io.github.ogireport.model.TemplateVersion;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SplitSearchTest {
    private static final RowShape REQUEST = RowShape.request();

    private static Splits search(RowShape shape, String... words) {
        return SplitSearch.of(Runs.of(words), shape, new WorkBudget(TableBuilder.ROW_STEPS), TableBuilder.MAX_CANDIDATES);
    }

    private static RowShape active(ActiveRow row) {
        return RowShape.active(row.columns(TemplateVersion.V2019));
    }

    @Test
    void oneDigitPerCellHasOneSplit() {
        Splits s = search(REQUEST, "5000308");
        assertEquals(List.of(List.of("5", "0", "0", "0", "3", "0", "8")), Runs.raws(s));
        assertTrue(s.rulesHold());
        assertTrue(s.complete());
    }

    @Test
    void theRowTotalDecidesBetweenSplitsOfSeveralDigits() {
        assertEquals(List.of(List.of("23", "0", "0", "0", "0", "0", "23")), Runs.raws(search(REQUEST, "230000023")));
        assertEquals(List.of(List.of("112", "9", "0", "1", "2", "0", "124")), Runs.raws(search(REQUEST, "11290120124")));
    }

    @Test
    void everySplitThatSatisfiesTheTotalIsListed() {
        Splits s = search(REQUEST, "110000011");
        assertEquals(List.of(List.of("1", "10", "0", "0", "0", "0", "11"), List.of("11", "0", "0", "0", "0", "0", "11")),
                Runs.raws(s));
        assertTrue(s.complete());
    }

    @Test
    void aCutTheSourceKeptIsKept() {
        assertEquals(2, search(REQUEST, "112000013").candidates().size());
        assertEquals(List.of(List.of("11", "2", "0", "0", "0", "0", "13")), Runs.raws(search(REQUEST, "11", "2000013")));
    }

    @Test
    void noCellHasALeadingZero() {
        assertEquals(List.of(List.of("0", "50", "0")), Runs.raws(search(active(ActiveRow.RULES), "0500")));
    }

    @Test
    void aSignOnlyInTheSignedColumnAndADashAnywhere() {
        assertEquals(List.of(List.of("5", "+1", "3")), Runs.raws(search(active(ActiveRow.LICENSING), "5+13")));
        Splits dash = search(active(ActiveRow.PENALTY), "3-10");
        assertEquals(List.of(List.of("3", "-", "10"), List.of("3", "-1", "0")), Runs.raws(dash));
        assertEquals(CellKind.DASH, dash.candidates().get(0).get(1).kind());
        assertEquals(new BigDecimal("-1"), dash.candidates().get(1).get(1).value());
        assertEquals(List.of(List.of("2", "-1", "5")), Runs.raws(search(active(ActiveRow.LICENSING), "2-1", "5")));
    }

    @Test
    void anAmountTakesADecimalPartAndAUnit() {
        Splits two = search(active(ActiveRow.PROCUREMENT), "144.98万元");
        assertEquals(List.of(List.of("1", "44.98万元"), List.of("14", "4.98万元")), Runs.raws(two));
        Splits one = search(active(ActiveRow.PROCUREMENT), "84.98万元");
        assertEquals(List.of(List.of("8", "4.98万元")), Runs.raws(one));
        assertEquals("万元", one.candidates().get(0).get(1).unit());
        assertEquals(new BigDecimal("4.98"), one.candidates().get(0).get(1).value());
        // the count column takes no decimals
        assertEquals(List.of(), Runs.raws(search(active(ActiveRow.PROCUREMENT), "1.54.98")));
        assertEquals(ActiveColumn.TOTAL_AMOUNT, ActiveRow.PROCUREMENT.columns(TemplateVersion.V2019).get(1));
    }

    @Test
    void tableFourIsSplitByItsThreeGroupTotals() {
        assertEquals(List.of(List.of("8", "3", "0", "2", "13", "2", "0", "1", "0", "3", "1", "0", "0", "0", "1")),
                Runs.raws(search(RowShape.review(), "8302132010310001")));
        assertEquals(2, search(RowShape.review(), "12102152010310001").candidates().size());
    }

    @Test
    void whenNoSplitSatisfiesTheTotalTheDigitsAloneMayStillDecide() {
        Splits one = search(REQUEST, "5000309");
        assertFalse(one.rulesHold());
        assertEquals(List.of(List.of("5", "0", "0", "0", "3", "0", "9")), Runs.raws(one));
        assertTrue(one.complete());
        Splits several = search(REQUEST, "12000005");
        assertFalse(several.rulesHold());
        assertTrue(several.more(), "several splits of the digits, none satisfying T3-B");
    }

    @Test
    void aBlankCellOfTheRowStandsForItself() {
        Splits s = search(active(ActiveRow.RULES), "12", "");
        assertEquals(List.of(List.of("1", "2", "")), Runs.raws(s));
        assertEquals(CellKind.EMPTY, s.candidates().get(0).get(2).kind());
    }

    @Test
    void theSearchStopsCountingAtItsCap() {
        Splits s = SplitSearch.of(Runs.of("898989"), active(ActiveRow.NORMATIVE_DOCS), new WorkBudget(10_000), 4);
        assertEquals(4, s.candidates().size());
        assertTrue(s.more());
        assertEquals(10, search(active(ActiveRow.NORMATIVE_DOCS), "898989").candidates().size());
    }

    @Test
    void theSearchGivesUpWhenItsBudgetIsSpent() {
        WorkBudget budget = new WorkBudget(20);
        Splits s = SplitSearch.of(Runs.of("112100130126"), REQUEST, budget, TableBuilder.MAX_CANDIDATES);
        assertTrue(s.gaveUp());
        assertTrue(budget.used() <= 20);
    }
}
