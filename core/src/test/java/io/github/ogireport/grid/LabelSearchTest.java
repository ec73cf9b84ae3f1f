package io.github.ogireport.grid;

import io.github.ogireport.TestData;
import io.github.ogireport.model.ActiveRow;
import io.github.ogireport.model.RequestRow;
import io.github.ogireport.text.MatchText;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The search for the label before a glued run reads only the stretch where such a label can be: it finds what a
 * search of the whole text before the run finds, on every run of the seeds read as one line each.
 */
class LabelSearchTest {
    private static final int TAIL = 24;

    @Test
    void theLongestMatchOfAPatternIsReadFromIt() {
        assertEquals(10, LabelMatcher.maxMatchLength("新收.{0,6}申请"));
        assertEquals(4, LabelMatcher.maxMatchLength("大量反[复覆]"));
        assertEquals(4, LabelMatcher.maxMatchLength("3\\.其他$"));
        assertEquals(5, LabelMatcher.maxMatchLength("\\(七\\)总计"));
        assertEquals(2, LabelMatcher.maxMatchLength("ab?"));
        assertEquals(Long.MAX_VALUE, LabelMatcher.maxMatchLength("\\d+件"));
        assertEquals(Long.MAX_VALUE, LabelMatcher.maxMatchLength("a.*b"));
        assertEquals(Long.MAX_VALUE, LabelMatcher.maxMatchLength("(ab|cd)"));
    }

    /** What the search of the whole text before the run says: the last-starting label, if it ends near the run. */
    private static <R> LabelMatcher.Found<R> wholeTextBefore(LabelMatcher<R> labels, String norm, int from, int end) {
        String before = norm.substring(from, end);
        LabelMatcher.Found<R> found = labels.find(before);
        if (found == null || before.length() - found.end() > TAIL) {
            return null;
        }
        return new LabelMatcher.Found<>(found.row(), from + found.start(), from + found.end());
    }

    private static <R> int compareAtEveryDigit(LabelMatcher<R> labels, String norm) {
        int compared = 0;
        for (int end = 1; end < norm.length(); end++) {
            if (Character.isDigit(norm.charAt(end)) && !Character.isDigit(norm.charAt(end - 1))) {
                for (int from : new int[] {0, Math.max(0, end - 50), Math.max(0, end - 10)}) {
                    assertEquals(wholeTextBefore(labels, norm, from, end), labels.findEndingNear(norm, from, end, TAIL),
                            "before " + end + " from " + from);
                    compared++;
                }
            }
        }
        return compared;
    }

    @Test
    void theSameLabelAsASearchOfTheWholeTextBefore() throws Exception {
        LabelMatcher<RequestRow> requests = new LabelMatcher<>(Arrays.asList(RequestRow.values()), RequestRow::patterns);
        LabelMatcher<ActiveRow> active = new LabelMatcher<>(Arrays.asList(ActiveRow.values()), ActiveRow::patterns);
        int compared = 0;
        try (Stream<Path> seeds = Files.list(TestData.SEEDS)) {
            for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String norm = MatchText.of(String.join("", Files.readAllLines(seed)).replaceAll("\\s", ""));
                compared += compareAtEveryDigit(requests, norm);
                compared += compareAtEveryDigit(active, norm);
            }
        }
        assertEquals(true, compared > 1_000, "compared at " + compared + " runs");
        List<String> glued = List.of("规章000规范性文件121", "（一）予以公开4000004（二）部分公开1000001", "3.其他0000000");
        for (String line : glued) {
            compareAtEveryDigit(requests, MatchText.of(line));
            compareAtEveryDigit(active, MatchText.of(line));
        }
    }
}
