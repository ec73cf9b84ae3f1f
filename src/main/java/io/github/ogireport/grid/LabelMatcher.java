package io.github.ogireport.grid;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises row labels in normalised label text. When a run of label text holds several labels (a group label
 * followed by its first row, or a flattened header followed by the first row), the label that starts last wins:
 * the numbers that follow belong to it.
 */
final class LabelMatcher<R> {
    private static final Pattern LITERAL = Pattern.compile("[^\\\\.\\[\\]()*+?{}|^$]+");
    private final Map<R, List<Pattern>> patterns = new LinkedHashMap<>();
    /** Patterns without regex syntax, matched with lastIndexOf: most labels are plain words, and this runs often. */
    private final Map<R, List<String>> literals = new LinkedHashMap<>();

    LabelMatcher(Iterable<R> rows, Function<R, List<String>> regexes) {
        for (R row : rows) {
            List<Pattern> compiled = new ArrayList<>();
            List<String> plain = new ArrayList<>();
            for (String regex : regexes.apply(row)) {
                if (LITERAL.matcher(regex).matches()) {
                    plain.add(regex);
                } else {
                    compiled.add(Pattern.compile(regex));
                }
            }
            patterns.put(row, compiled);
            literals.put(row, plain);
        }
    }

    /** The row whose label starts last in the text, or null if none is there. */
    R match(String norm) {
        Found<R> found = find(norm);
        return found == null ? null : found.row();
    }

    /**
     * Where a label was found in a text.
     *
     * @param row the row recognised
     * @param start where its label starts
     * @param end where its label ends
     */
    record Found<R>(R row, int start, int end) {
    }

    /** The label that starts last in the text (the longest one among those starting there), or null. */
    Found<R> find(String norm) {
        R best = null;
        int bestStart = -1;
        int bestLength = 0;
        for (Map.Entry<R, List<String>> e : literals.entrySet()) {
            for (String literal : e.getValue()) {
                int start = norm.lastIndexOf(literal);
                if (start >= 0 && (start > bestStart || start == bestStart && literal.length() > bestLength)) {
                    best = e.getKey();
                    bestStart = start;
                    bestLength = literal.length();
                }
            }
        }
        for (Map.Entry<R, List<Pattern>> e : patterns.entrySet()) {
            for (Pattern p : e.getValue()) {
                Matcher m = p.matcher(norm);
                while (m.find()) {
                    int length = m.end() - m.start();
                    if (m.start() > bestStart || m.start() == bestStart && length > bestLength) {
                        best = e.getKey();
                        bestStart = m.start();
                        bestLength = length;
                    }
                }
            }
        }
        return best == null ? null : new Found<>(best, bestStart, bestStart + bestLength);
    }

    /** Whether a label of some row starts right at {@code from} in the text. */
    boolean startsAt(String norm, int from) {
        for (List<String> plain : literals.values()) {
            for (String literal : plain) {
                if (norm.startsWith(literal, from)) {
                    return true;
                }
            }
        }
        for (List<Pattern> compiled : patterns.values()) {
            for (Pattern p : compiled) {
                Matcher m = p.matcher(norm);
                m.region(from, norm.length());
                m.useTransparentBounds(true);
                m.useAnchoringBounds(false);
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }
}
