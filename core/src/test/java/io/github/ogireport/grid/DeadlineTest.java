package io.github.ogireport.grid;

import io.github.ogireport.document.Block;
import io.github.ogireport.extract.text.TextExtractor;
import io.github.ogireport.model.ActiveRow;
import io.github.ogireport.model.CellValue;
import io.github.ogireport.model.ReportTable;
import io.github.ogireport.model.RequestRow;
import io.github.ogireport.model.TemplateVersion;
import io.github.ogireport.document.Cancellation;
import io.github.ogireport.text.Token;
import io.github.ogireport.text.Tokenizer;
import io.github.ogireport.validate.Sums;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The loops of the table search whose work grows with the input check the parse's deadline as they go: with a
 * deadline that passes after a number of checks (not a clock, so the test does not depend on the machine's speed),
 * each stops with {@link Cancellation.DeadlineExceeded} from inside the loop, and the same work without it completes.
 */
class DeadlineTest {
    private static final LabelMatcher<ActiveRow> ACTIVE =
            new LabelMatcher<>(Arrays.asList(ActiveRow.values()), ActiveRow::patterns);
    private static final LabelMatcher<RequestRow> REQUESTS =
            new LabelMatcher<>(Arrays.asList(RequestRow.values()), RequestRow::patterns);

    /** A one-line page: the table 二 rows glued to their labels, repeated, with prose and numbers between. */
    private static List<Token> gluedLine(int times) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < times; i++) {
            b.append("规章000规范性文件121行政许可555收到申请5件，其中予以公开3件。");
        }
        return Tokenizer.tokens(List.of(Block.paragraph(b.toString())), 0, 1);
    }

    /** Whether the exception was thrown from a method of {@code type}. */
    private static boolean thrownIn(Throwable e, Class<?> type, String method) {
        for (StackTraceElement f : e.getStackTrace()) {
            if (f.getClassName().equals(type.getName()) && f.getMethodName().equals(method)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theGluedTextLabelSearchStopsInsideALongLine() {
        List<Token> line = gluedLine(2_000);
        assertTrue(line.size() < 5, "one long token, not many: " + line.size());
        assertDoesNotThrow(() -> GluedText.split(line, ACTIVE));
        try (Cancellation.Scope s = Cancellation.afterChecks(100)) {
            Cancellation.DeadlineExceeded e = assertThrows(Cancellation.DeadlineExceeded.class,
                    () -> GluedText.split(line, ACTIVE));
            assertTrue(thrownIn(e, GluedText.class, "splitOne"), "stopped between two runs of one token");
        }
    }

    @Test
    void theRowScanStopsBetweenTokens() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            b.append("（一）予以公开\n1 0 0 0 0 0 1\n");
        }
        List<Block> blocks = TextExtractor.blocks(b.toString());
        List<Token> tokens = Tokenizer.tokens(blocks, 0, blocks.size());
        assertDoesNotThrow(() -> RowScanner.scan(tokens, REQUESTS));
        try (Cancellation.Scope s = Cancellation.afterChecks(100)) {
            Cancellation.DeadlineExceeded e = assertThrows(Cancellation.DeadlineExceeded.class,
                    () -> RowScanner.scan(tokens, REQUESTS));
            assertTrue(thrownIn(e, RowScanner.class, "scan"));
        }
    }

    @Test
    void theTornTableSearchStopsBetweenLines() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            b.append("一、本年新收政府信息公开申请数量\n二、上年结转政府信息公开申请数量\n5 0 0 0 3 0 8\n1 0 0 0 0 0 1\n");
        }
        List<Block> blocks = TextExtractor.blocks(b.toString());
        List<Token> tokens = Tokenizer.tokens(blocks, 0, blocks.size());
        TornTable.Rows<RequestRow> rows = new TornTable.Rows<>(REQUESTS, RequestRow.of(TemplateVersion.V2019),
                r -> 7, RequestRow::label, Sums::lastIsSumOfRest, ReportTable.REQUESTS);
        assertDoesNotThrow(() -> TornTable.rebuild(tokens, rows));
        try (Cancellation.Scope s = Cancellation.afterChecks(50)) {
            Cancellation.DeadlineExceeded e = assertThrows(Cancellation.DeadlineExceeded.class,
                    () -> TornTable.rebuild(tokens, rows));
            assertTrue(thrownIn(e, TornTable.class, "rebuild") || thrownIn(e, TornTable.class, "choose"));
        }
    }

    @Test
    void theGluedDigitSolverStopsInsideItsSearch() {
        // every row of table 三 has two readings: the search over them is long, and counted in work steps
        Map<RequestRow, List<List<CellValue>>> d = new EnumMap<>(RequestRow.class);
        for (RequestRow r : RequestRow.of(TemplateVersion.V2019)) {
            d.put(r, List.of(row(1, 10, 0, 0, 0, 0, 11), row(11, 0, 0, 0, 0, 0, 11)));
        }
        assertDoesNotThrow(() -> TableSolver.solve(TemplateVersion.V2019, copy(d), new WorkBudget(200_000)));
        try (Cancellation.Scope s = Cancellation.afterChecks(3)) {
            Cancellation.DeadlineExceeded e = assertThrows(Cancellation.DeadlineExceeded.class,
                    () -> TableSolver.solve(TemplateVersion.V2019, copy(d), new WorkBudget(200_000)));
            assertTrue(thrownIn(e, TableSolver.class, "propagate") || thrownIn(e, WorkBudget.class, "spend"));
        }
    }

    @Test
    void aWorkBudgetChecksTheDeadlineAsItIsSpent() {
        WorkBudget budget = new WorkBudget(1_000_000);
        try (Cancellation.Scope s = Cancellation.afterChecks(2)) {
            assertThrows(Cancellation.DeadlineExceeded.class, () -> {
                while (budget.spend()) {
                    // spending is the search's step
                }
            });
        }
        assertTrue(budget.used() < 1_000_000, "stopped before the budget ran out: " + budget.used());
    }

    private static Map<RequestRow, List<List<CellValue>>> copy(Map<RequestRow, List<List<CellValue>>> d) {
        return new EnumMap<>(d);
    }

    private static List<CellValue> row(long... cells) {
        List<CellValue> r = new ArrayList<>();
        for (long c : cells) {
            r.add(CellValue.number(BigDecimal.valueOf(c), Long.toString(c), null));
        }
        return r;
    }
}
