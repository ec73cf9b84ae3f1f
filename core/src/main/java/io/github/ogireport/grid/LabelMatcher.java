package io.github.ogireport.grid;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises row labels in normalised label text. When a run of label text holds several labels (a group label
 * followed by its first row, or a flattened header followed by the first row), the label that starts last wins:
 * the numbers that follow belong to it.
 *
 * <p>This runs for every run of label text in every table, so it is built for speed: plain-word labels are found
 * by their first character in one backwards pass, and a regular expression runs only where the literal text it
 * starts with is present.
 */
final class LabelMatcher<R> {
    /** A plain-word label of a row. */
    private record Literal<R>(R row, String text) {
    }

    /** A label pattern of a row, and the literal text every match starts with (empty if none). */
    private record Regex<R>(R row, Pattern pattern, String prefix) {
    }

    /** The distinct first characters of the literals, sorted, and per character its literals in declaration order. */
    private final char[] firstChars;
    /** The same characters as bits, one per char value: most characters of a label text start no label. */
    private final long[] isFirstChar = new long[(Character.MAX_VALUE + 1) / Long.SIZE];
    private final List<List<Literal<R>>> byFirstChar;
    private final List<Regex<R>> regexes = new ArrayList<>();
    /** The most characters a label can span: a search for labels ending near a point reads only that far back. */
    private final int maxLength;

    LabelMatcher(Iterable<R> rows, Function<R, List<String>> patterns) {
        Map<Character, List<Literal<R>>> literals = new TreeMap<>();
        int longest = 0;
        for (R row : rows) {
            for (String regex : patterns.apply(row)) {
                longest = (int) Math.min(Integer.MAX_VALUE, Math.max(longest, maxMatchLength(regex)));
                Prefix prefix = literalPrefix(regex);
                if (prefix.whole() && !prefix.text().isEmpty()) {
                    literals.computeIfAbsent(prefix.text().charAt(0), c -> new ArrayList<>())
                            .add(new Literal<>(row, prefix.text()));
                } else {
                    regexes.add(new Regex<>(row, Pattern.compile(regex), prefix.text()));
                }
            }
        }
        maxLength = longest;
        firstChars = new char[literals.size()];
        byFirstChar = new ArrayList<>(literals.values());
        int i = 0;
        for (char c : literals.keySet()) {
            firstChars[i++] = c;
            isFirstChar[c >>> 6] |= 1L << c;
        }
    }

    /**
     * The literal text at the start of a regular expression, escapes read ({@code \(} is {@code (}).
     *
     * @param text what every match begins with: up to the first syntax character, less a last character that a
     *             quantifier applies to; empty when the expression has alternatives
     * @param whole whether that is the whole expression: a plain word, matched without the regex engine
     */
    record Prefix(String text, boolean whole) {
    }

    static Prefix literalPrefix(String regex) {
        if (regex.indexOf('|') >= 0) {
            return new Prefix("", false); // an alternative need not start with the prefix
        }
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length() && ".()[]".indexOf(regex.charAt(i + 1)) >= 0) {
                c = regex.charAt(++i);
            } else if ("\\.[]()*+?{}^$".indexOf(c) >= 0) {
                if ("*+?{".indexOf(c) >= 0 && !prefix.isEmpty()) {
                    prefix.setLength(prefix.length() - 1); // the quantified character may be absent or repeated
                }
                return new Prefix(prefix.toString(), false);
            }
            prefix.append(c);
        }
        return new Prefix(prefix.toString(), true);
    }

    /**
     * The most characters a match of a label pattern can span, read from the pattern: a character, an escape or a
     * class is one, {@code {m,n}} repeats the item before it up to n times; an unbounded quantifier or a group makes
     * it unbounded ({@link Long#MAX_VALUE}). Anchors count zero.
     */
    static long maxMatchLength(String regex) {
        long length = 0;
        long last = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            switch (c) {
                case '\\' -> {
                    i++;
                    last = 1;
                }
                case '[' -> {
                    int close = regex.indexOf(']', i + 2);
                    if (close < 0) {
                        return Long.MAX_VALUE;
                    }
                    i = close;
                    last = 1;
                }
                case '{' -> {
                    int close = regex.indexOf('}', i);
                    String[] bounds = close < 0 ? new String[0] : regex.substring(i + 1, close).split(",", -1);
                    String upper = bounds.length == 0 ? "" : bounds[bounds.length - 1].strip();
                    if (upper.isEmpty() || !upper.chars().allMatch(Character::isDigit)) {
                        return Long.MAX_VALUE;
                    }
                    length += last * (Long.parseLong(upper) - 1);
                    i = close;
                    last = 0;
                    continue;
                }
                case '?' -> {
                    last = 0;
                    continue;
                }
                case '^', '$' -> {
                    last = 0;
                    continue;
                }
                case '*', '+', '(', ')', '|' -> {
                    return Long.MAX_VALUE;
                }
                default -> last = 1;
            }
            length += last;
        }
        return length;
    }

    /**
     * The label that starts last among those ending at most {@code tail} characters before {@code end}, found in
     * {@code norm} between {@code from} and {@code end}, or null. Reads only the last {@code tail} plus the longest
     * label's characters before {@code end}, so that a search before each of many points of a long text costs what
     * that stretch costs, not the whole text before it (a one-line page of a megabyte has thousands of such points).
     *
     * @return the label, its offsets in {@code norm}; null when none starts last and ends within the tail
     */
    Found<R> findEndingNear(String norm, int from, int end, int tail) {
        int start = (int) Math.max(from, end - tail - Math.min((long) Integer.MAX_VALUE, maxLength));
        Found<R> found = find(norm.substring(start, end));
        if (found == null || end - (start + found.end()) > tail) {
            return null;
        }
        return new Found<>(found.row(), start + found.start(), start + found.end());
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
        for (int i = norm.length() - 1; i >= 0 && best == null; i--) {
            List<Literal<R>> candidates = literalsStartingWith(norm.charAt(i));
            if (candidates == null) {
                continue;
            }
            for (Literal<R> literal : candidates) {
                if (literal.text().length() > bestLength && norm.startsWith(literal.text(), i)) {
                    best = literal.row();
                    bestStart = i;
                    bestLength = literal.text().length();
                }
            }
        }
        for (Regex<R> regex : regexes) {
            if (!norm.contains(regex.prefix())) {
                continue; // no match can start anywhere
            }
            Matcher m = regex.pattern().matcher(norm);
            while (m.find()) {
                int length = m.end() - m.start();
                if (m.start() > bestStart || m.start() == bestStart && length > bestLength) {
                    best = regex.row();
                    bestStart = m.start();
                    bestLength = length;
                }
            }
        }
        return best == null ? null : new Found<>(best, bestStart, bestStart + bestLength);
    }

    /** Whether a label of some row starts right at {@code from} in the text. */
    boolean startsAt(String norm, int from) {
        List<Literal<R>> candidates = from < norm.length() ? literalsStartingWith(norm.charAt(from)) : null;
        if (candidates != null) {
            for (Literal<R> literal : candidates) {
                if (norm.startsWith(literal.text(), from)) {
                    return true;
                }
            }
        }
        for (Regex<R> regex : regexes) {
            if (!norm.startsWith(regex.prefix(), from)) {
                continue;
            }
            Matcher m = regex.pattern().matcher(norm);
            m.region(from, norm.length());
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            if (m.lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private List<Literal<R>> literalsStartingWith(char c) {
        if ((isFirstChar[c >>> 6] & 1L << c) == 0) {
            return null;
        }
        int i = Arrays.binarySearch(firstChars, c);
        return i < 0 ? null : byFirstChar.get(i);
    }
}
