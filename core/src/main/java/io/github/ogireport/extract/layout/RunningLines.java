package io.github.ogireport.extract.layout;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes what a printed page carries around the report: page numbers ({@code — 3 —}, {@code - 3 -}, {@code 第3页},
 * {@code 3/5}) and running headers and footers (lines at the top or bottom of two or more pages that read the same
 * once their numbers are ignored, such as a browser's date-and-title header and address-and-page footer). Only the
 * outermost lines of a page are looked at, never table rows.
 */
final class RunningLines {
    /** How far into the page, as a share of its height, a header or footer may reach. */
    private static final float MARGIN = 0.12f;
    /** At most this many header (and footer) lines per page. */
    private static final int DEPTH = 2;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[-—–―~·•]*(第)?\\d{1,4}(页)?[-—–―~·•]*|第\\d{1,4}页[,/]?共\\d{1,4}页|\\d{1,4}/\\d{1,4}"
                    + "|(page)?\\d{1,4}(of\\d{1,4})?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private RunningLines() {
    }

    static void remove(List<PageContent> pages) {
        Map<String, Integer> topCounts = new HashMap<>();
        Map<String, Integer> bottomCounts = new HashMap<>();
        for (PageContent p : pages) {
            count(candidates(p, true), topCounts);
            count(candidates(p, false), bottomCounts);
        }
        boolean several = pages.size() >= 2;
        for (PageContent p : pages) {
            strip(p, true, topCounts, several);
            strip(p, false, bottomCounts, several);
        }
    }

    private static void strip(PageContent p, boolean top, Map<String, Integer> counts, boolean several) {
        Set<String> removed = new HashSet<>();
        for (int n = 0; n < DEPTH && !p.items.isEmpty(); n++) {
            int i = top ? 0 : p.items.size() - 1;
            if (!(p.items.get(i) instanceof TextLine line) || !inMargin(p, line, top)) {
                return;
            }
            String norm = norm(line.text());
            String key = key(norm);
            // a header runs once per page: the same words again below it (a title repeating the agency) are content
            if (PAGE_NUMBER.matcher(norm).matches() || several && counts.getOrDefault(key, 0) >= 2 && removed.add(key)) {
                p.items.remove(i);
            } else {
                return;
            }
        }
    }

    private static List<TextLine> candidates(PageContent p, boolean top) {
        List<TextLine> out = new ArrayList<>();
        for (int n = 0; n < Math.min(DEPTH, p.items.size()); n++) {
            Object item = p.items.get(top ? n : p.items.size() - 1 - n);
            if (!(item instanceof TextLine line) || !inMargin(p, line, top)) {
                break;
            }
            out.add(line);
        }
        return out;
    }

    private static void count(List<TextLine> lines, Map<String, Integer> counts) {
        Set<String> keys = new HashSet<>();
        for (TextLine l : lines) {
            keys.add(key(norm(l.text())));
        }
        keys.forEach(k -> counts.merge(k, 1, Integer::sum));
    }

    private static boolean inMargin(PageContent p, TextLine line, boolean top) {
        return top ? line.bottom <= p.height * MARGIN : line.top >= p.height * (1 - MARGIN);
    }

    private static String norm(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    private static String key(String norm) {
        return DIGITS.matcher(norm).replaceAll("#");
    }
}
