package io.github.ogireport.grid;

import io.github.ogireport.model.CellValue;
import io.github.ogireport.document.Cancellation;
import io.github.ogireport.text.Token;
import io.github.ogireport.text.ValueLexer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the cells that a tool glued to the label before them, when it dropped every separator inside a table row
 * ({@code 规范性文件898989}, or a whole table on one line: {@code (一)予以公开4000004(二)部分公开…}). Such text is
 * one TEXT token, since the tokenizer splits only on whitespace; here it becomes its label text and a VALUE token
 * holding the glued run, which {@link ConcatenatedRun} then cuts into cells.
 *
 * <p>A run of digits (with signs, dashes, decimal points, an amount unit) inside label text is split off only when
 * it follows a recognised row label closely and is followed by the end of the text or by the start of the next
 * label, so that prose ({@code 收到申请5件，其中予以公开3件}) is left alone. The number of the next label is not part
 * of the run: in {@code 00000002.其他法律…} the {@code 2.} starts the next row's label.
 */
final class GluedText {
    /** How labels start: a numbering ({@code 2.}, {@code (三)}, {@code 四、}) or a table caption or header. */
    private static final Pattern LABEL_START = Pattern.compile("\\d\\.|\\(?[一二三四五六七八九十]{1,3}[)、]|第二十条|信息内容");
    /** How far before the values a recognised label may end (the rest of a long printed label, such as 申请数量). */
    private static final int LABEL_TAIL = 24;
    private static final String RUN_CHARS = "+-−—–―─/~～\\.";
    private static final String[] UNITS = {"万元", "元", "万"};

    private GluedText() {
    }

    /** The tokens, with runs glued to a row label (tables 二 and 三) split off as VALUE tokens. */
    static <R> List<Token> split(List<Token> tokens, LabelMatcher<R> labels) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            Cancellation.check();
            if (t.kind() != Token.Kind.TEXT || !hasDigit(t.norm())) {
                out.add(t);
                continue;
            }
            splitOne(t, labels, out);
        }
        return out;
    }

    /**
     * The tokens, with a run of at least {@code minLength} characters at the end of a TEXT token split off (table
     * 四 has no row label: its one data row may be glued to the header words before it).
     */
    static List<Token> splitTrailing(List<Token> tokens, int minLength) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            String norm = t.norm();
            if (t.kind() == Token.Kind.TEXT && hasDigit(norm)) {
                int start = norm.length();
                while (start > 0 && (isDigit(norm.charAt(start - 1)) || isRunChar(norm.charAt(start - 1)))) {
                    start--;
                }
                if (norm.length() - start >= minLength && hasDigit(norm.substring(start))) {
                    if (start > 0) {
                        String label = norm.substring(0, start);
                        out.add(new Token(Token.Kind.TEXT, label, label, null, t.block()));
                    }
                    out.add(value(norm.substring(start), t.block()));
                    continue;
                }
            }
            out.add(t);
        }
        return out;
    }

    private static <R> void splitOne(Token t, LabelMatcher<R> labels, List<Token> out) {
        String norm = t.norm();
        List<Token> parts = new ArrayList<>();
        int segment = 0;
        int i = 0;
        while (i < norm.length()) {
            if (!isDigit(norm.charAt(i)) && !isRunChar(norm.charAt(i))) {
                i++;
                continue;
            }
            Cancellation.check(); // a one-line page of a megabyte has tens of thousands of runs
            int start = i;
            while (i < norm.length() && (isDigit(norm.charAt(i)) || isRunChar(norm.charAt(i)))) {
                i++;
            }
            int end = i;
            if (end >= 2 && norm.charAt(end - 1) == '.' && isDigit(norm.charAt(end - 2)) && end < norm.length()) {
                end -= 2; // "…0000000 2.其他": the digit and dot number the next label
            }
            while (start < end && norm.charAt(start) == '.') {
                start++;
            }
            while (end > start && norm.charAt(end - 1) == '.') {
                end--;
            }
            String unit = end == i ? unitAt(norm, end) : null;
            if (unit != null) {
                end += unit.length();
                i = end;
            }
            if (start >= end || !hasDigit(norm.substring(start, end))
                    || !labelledBefore(norm, segment, start, labels) || !labelAfter(norm, end, labels)) {
                continue;
            }
            String label = norm.substring(segment, start);
            parts.add(new Token(Token.Kind.TEXT, label, label, null, t.block()));
            parts.add(value(norm.substring(start, end), t.block()));
            segment = end;
            i = Math.max(i, end);
        }
        if (parts.isEmpty()) {
            out.add(t);
            return;
        }
        out.addAll(parts);
        if (segment < norm.length()) {
            String rest = norm.substring(segment);
            out.add(new Token(Token.Kind.TEXT, rest, rest, null, t.block()));
        }
    }

    /** Whether a row label ends shortly before the run, with no sentence end in between. */
    private static <R> boolean labelledBefore(String norm, int from, int runStart, LabelMatcher<R> labels) {
        LabelMatcher.Found<R> found = labels.findEndingNear(norm, from, runStart, LABEL_TAIL);
        return found != null && norm.substring(found.end(), runStart).indexOf('。') < 0;
    }

    /** Whether the run ends the text or the next label starts right after it. */
    private static <R> boolean labelAfter(String norm, int end, LabelMatcher<R> labels) {
        if (end == norm.length()) {
            return true;
        }
        java.util.regex.Matcher m = LABEL_START.matcher(norm);
        m.region(end, norm.length());
        return m.lookingAt() || labels.startsAt(norm, end);
    }

    private static Token value(String run, int block) {
        CellValue v = ValueLexer.read(run);
        // digits no single number reading fits: printed, but which numbers they are is not decided here
        return new Token(Token.Kind.VALUE, run, "", v != null ? v : CellValue.undecided(run, List.of()), block);
    }

    private static String unitAt(String s, int at) {
        for (String u : UNITS) {
            if (s.startsWith(u, at)) {
                return u;
            }
        }
        return null;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isRunChar(char c) {
        return RUN_CHARS.indexOf(c) >= 0;
    }
}
