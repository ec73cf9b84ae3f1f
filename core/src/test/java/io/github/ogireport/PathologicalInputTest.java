package io.github.ogireport;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Status;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inputs built to make regular expressions backtrack: long digit runs, long lines without a break, long runs of
 * what a pattern repeats. Each must be read in bounded time, as a report or not, never as a parser failure. The
 * bound is a safety net (each takes well under a second); catastrophic backtracking would take hours. The 40 MB
 * and million-digit files are in {@link HostileCorpusTest}.
 */
class PathologicalInputTest {
    private static final Duration BOUND = Duration.ofSeconds(60);
    private static final int MB = 1 << 20;

    record Input(String name, String text) {
        @Override
        public String toString() {
            return name + " (" + text.length() + " chars)";
        }
    }

    static List<Input> inputs() {
        return List.of(
                new Input("digits.txt", "1".repeat(MB)),
                new Input("digits-then-letter.txt", "9".repeat(MB) + "x"),
                new Input("thousands.txt", "1" + ",000".repeat(MB / 4)),
                new Input("thousands-then-dot.txt", "1" + ",000".repeat(MB / 4) + ".x"),
                new Input("decimal.txt", "1." + "5".repeat(MB) + "万"),
                new Input("signs.txt", "+".repeat(MB) + "1"),
                new Input("dashes.txt", "-".repeat(MB) + "1"),
                new Input("chinese-line.txt", "政府信息公开工作年度报告".repeat(MB / 12)),
                new Input("title-like-line.txt", "2020年度政府信息公开工作年度报告".repeat(MB / 18) + "x"),
                new Input("numbered-line.txt", "一、".repeat(MB / 2)),
                new Input("dates.txt", "发布日期:2020-01-".repeat(MB / 16)),
                new Input("period.txt", "统计期限".repeat(MB / 4)),
                new Input("spaces.txt", "中" + " ".repeat(MB) + "a"),
                new Input("pipes.txt", "|" + "---|".repeat(MB / 4)),
                new Input("pipe-row.txt", "|" + " 1 |".repeat(MB / 4)),
                new Input("tabs.txt", "规章\t" + "1\t".repeat(MB / 2)),
                new Input("pinyin.txt", "公(gong)".repeat(MB / 7)),
                new Input("units.txt", "5 万元 ".repeat(MB / 6)),
                new Input("labels.txt", "本年新收政府信息公开申请数量".repeat(MB / 14)),
                new Input("html-comments.html", "<!-- a -->".repeat(MB / 10) + "<x>"),
                new Input("html-metas.html", "<html>" + "<meta ".repeat(MB / 6)),
                new Input("html-chrome-class.html", "<div class=\"" + "foot-".repeat(MB / 5) + "\">x</div>"),
                new Input("html-cjk-gaps.html", "<p>" + "中 ".repeat(MB / 2) + "</p>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void readInBoundedTime(Input input) {
        byte[] bytes = input.text().getBytes(StandardCharsets.UTF_8);
        AnnualReport r = assertTimeoutPreemptively(BOUND, () -> new ReportParser().parseOrFailed(bytes, input.name()));
        assertTrue(r.error() == null || !r.error().type().name().equals("INTERNAL_ERROR"), () -> r.error().message());
        assertNotEquals(Status.FAILED, r.status(), () -> String.valueOf(r.error()));
    }
}
