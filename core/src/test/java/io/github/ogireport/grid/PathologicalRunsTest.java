package io.github.ogireport.grid;

import io.github.ogireport.ReportParser;
import io.github.ogireport.model.ActiveRow;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.CellKind;
import io.github.ogireport.model.RequestColumn;
import io.github.ogireport.model.RequestRow;
import io.github.ogireport.model.Status;
import io.github.ogireport.model.TemplateVersion;
import io.github.ogireport.model.WarningCode;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The decoder's worst cases are bounded: runs far too long for a row are refused in one pass, long runs within a
 * row's bounds stop at the step budget, and a whole report of such runs parses in bounded time. Step counts are
 * asserted exactly (they do not depend on the machine); times only loosely, as a guard against a hang.
 */
class PathologicalRunsTest {
    private static final String HEAD = "某某县人民政府2020年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n";

    private static AnnualReport parse(String text) throws Exception {
        return new ReportParser().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "run.txt");
    }

    /** The fastest of a few parses, in milliseconds: the best case says what the code costs, not the machine's load. */
    private static long fastestParse(String text, int times) throws Exception {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            parse(text);
            best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
        }
        return best;
    }

    @Test
    void aMillionDigitRunIsRefusedWithoutASearch() {
        WorkBudget budget = new WorkBudget(TableBuilder.ROW_STEPS);
        long start = System.nanoTime();
        Splits s = SplitSearch.of(Runs.of("1".repeat(1_000_000)), RowShape.request(), budget, 256);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(List.of(), s.candidates());
        assertTrue(budget.used() <= 2, "steps " + budget.used());
        assertTrue(ms < 1_000, "took " + ms + " ms");
    }

    @Test
    void aReportWithAMillionDigitLineIsPartialWellUnderASecond() throws Exception {
        String tail = "（七）总计→5→0→0→0→3→0→8\n".replace('→', '\t');
        String glued = HEAD + "一、本年新收政府信息公开申请数量" + "7".repeat(1_000_000) + "\n" + tail;
        AnnualReport r = parse(glued);
        assertEquals(Status.PARTIAL, r.status());
        assertEquals(CellKind.MISSING, r.cell(RequestRow.NEW_RECEIVED, RequestColumn.TOTAL).kind());
        assertEquals(8, r.cell(RequestRow.TOTAL_PROCESSED, RequestColumn.TOTAL).value().intValue());
        assertTrue(r.warnings().stream().anyMatch(w -> w.code() == WarningCode.TOO_FEW_CELLS));
        assertTrue(r.warnings().stream().allMatch(w -> w.message().length() < 2_000), "long runs are shortened");
        long ms = fastestParse(glued, 3);
        System.out.println("a report with a 1,000,000-digit line glued to its label: " + ms + " ms (fastest of 3)");
        assertTrue(ms < 1_000, "took " + ms + " ms");

        AnnualReport alone = parse(HEAD + "二、上年结转政府信息公开申请数量\n" + "1".repeat(1_000_000) + "\n" + tail);
        assertEquals(Status.PARTIAL, alone.status());
        assertEquals(CellKind.MISSING, alone.cell(RequestRow.CARRIED_OVER, RequestColumn.TOTAL).kind());
    }

    /** Runs as long as a row's cells can be, of the digits that prune least. */
    private static List<String> hardRuns(int longest) {
        List<String> runs = new ArrayList<>();
        for (int length = 20; length <= longest; length += 20) {
            for (String unit : List.of("1", "9", "10", "100", "19")) {
                runs.add(unit.repeat(length / unit.length() + 1).substring(0, length));
            }
        }
        Random random = new Random(20240601);
        for (int i = 0; i < 40; i++) {
            StringBuilder b = new StringBuilder();
            int length = 8 + random.nextInt(longest - 8);
            for (int j = 0; j < length; j++) {
                b.append((char) ('0' + random.nextInt(10)));
            }
            runs.add(b.toString());
        }
        return runs;
    }

    @Test
    void longRunsWithinARowsBoundsStopAtTheStepBudget() {
        List<RowShape> shapes = List.of(RowShape.request(), RowShape.review(),
                RowShape.active(ActiveRow.LICENSING.columns(TemplateVersion.V2019)),
                RowShape.active(ActiveRow.PROCUREMENT.columns(TemplateVersion.V2019)));
        long worstSteps = 0;
        long worstMs = 0;
        int gaveUp = 0;
        int runs = 0;
        for (RowShape shape : shapes) {
            for (String run : hardRuns(shape.size() * CellPiece.MAX_DIGITS)) {
                WorkBudget budget = new WorkBudget(TableBuilder.ROW_STEPS);
                long start = System.nanoTime();
                Splits s = SplitSearch.of(Runs.of(run), shape, budget, TableBuilder.MAX_CANDIDATES);
                worstMs = Math.max(worstMs, (System.nanoTime() - start) / 1_000_000);
                worstSteps = Math.max(worstSteps, budget.used());
                gaveUp += s.gaveUp() ? 1 : 0;
                runs++;
            }
        }
        System.out.println(runs + " pathological runs: at most " + worstSteps + " steps and " + worstMs + " ms a run; "
                + gaveUp + " gave up at the budget of " + TableBuilder.ROW_STEPS);
        assertTrue(worstSteps <= TableBuilder.ROW_STEPS);
        assertTrue(gaveUp > 0, "some of these runs are hard enough to reach the budget");
        assertTrue(worstMs < 1_000, "a run took " + worstMs + " ms");
    }

    @Test
    void aWholeTableOfHardRunsGivesUpRowByRowInBoundedTime() throws Exception {
        StringBuilder text = new StringBuilder(HEAD);
        for (RequestRow row : RequestRow.of(TemplateVersion.V2019)) {
            text.append(row.label()).append("9".repeat(60)).append('\n');
        }
        text.append("四、政府信息公开行政复议、行政诉讼情况\n").append("行政复议总计").append("9".repeat(200)).append('\n');
        AnnualReport r = parse(text.toString());
        assertEquals(Status.PARTIAL, r.status());
        assertTrue(r.warnings().stream().anyMatch(w -> w.code() == WarningCode.RECOVERY_LIMIT));
        assertTrue(r.cell(RequestRow.GRANTED, RequestColumn.TOTAL).value() == null);
        long ms = fastestParse(text.toString(), 2);
        System.out.println("a report of 24 rows of 60 to 200 nines: " + ms + " ms (fastest of 2)");
        assertTrue(ms < 2_000, "took " + ms + " ms");
    }
}
