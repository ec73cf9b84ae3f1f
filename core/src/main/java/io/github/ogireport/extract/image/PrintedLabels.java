package io.github.ogireport.extract.image;

import io.github.ogireport.document.RecognisedLines;
import io.github.ogireport.extract.ocr.OcrWord;
import io.github.ogireport.model.ActiveColumn;
import io.github.ogireport.model.ActiveRow;
import io.github.ogireport.model.RequestColumn;
import io.github.ogireport.model.RequestRow;
import io.github.ogireport.model.ReviewColumn;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Puts right the table labels the recogniser misread by a character or two ({@code 本机关税掌握相关政府信息} for
 * {@code 本机关不掌握相关政府信息}, {@code 仍不明砚} for {@code 仍不明确}): a recognised table cell whose Chinese
 * characters are that close to exactly one label of the templates, and no closer to another, is read as that
 * label. A label decides which row the numbers beside it go to; left misread, the row is not found and its numbers
 * are lost. Only labels are put right, never numbers.
 */
final class PrintedLabels {
    /** The labels of the templates' rows and columns, as their Chinese characters only. */
    private static final List<String> LABELS = labels();
    /** Those of them printed as Chinese characters only, with no mark between ({@code 行政事业性收费}). */
    private static final Set<String> UNMARKED = unmarked();
    /**
     * A label is put right when at most one character in this many differs, or one character of a shorter label
     * ({@code 行政处痢} for {@code 行政处罚}) where no other label is as close.
     */
    private static final int CHARACTERS_PER_ERROR = 5;
    /** Labels shorter than this are left as read: two characters say too little to tell one label from another. */
    private static final int MIN_LENGTH = 4;

    private PrintedLabels() {
    }

    private static List<String> labels() {
        Set<String> out = new LinkedHashSet<>();
        for (RequestRow r : RequestRow.values()) {
            out.add(han(r.label()));
        }
        for (ActiveRow r : ActiveRow.values()) {
            out.add(han(r.label()));
        }
        for (ActiveColumn c : ActiveColumn.values()) {
            out.add(han(c.label()));
        }
        for (RequestColumn c : RequestColumn.values()) {
            out.add(han(c.label()));
        }
        for (ReviewColumn c : ReviewColumn.values()) {
            out.add(han(c.label()));
        }
        out.removeIf(s -> s.length() < MIN_LENGTH);
        return List.copyOf(out);
    }

    private static Set<String> unmarked() {
        Set<String> out = new java.util.HashSet<>();
        for (ActiveRow r : ActiveRow.values()) {
            out.add(r.label());
        }
        for (RequestRow r : RequestRow.values()) {
            out.add(r.label());
        }
        out.removeIf(s -> !s.equals(han(s)));
        return Set.copyOf(out);
    }

    /**
     * The cell's characters, with its Chinese characters replaced by the label they misread, keeping what is not
     * Chinese ({@code 1.}, brackets) in place; the cell as read where no label is close enough, or two are.
     */
    static List<OcrWord> correct(List<OcrWord> cell) {
        cell = withoutInnerMarks(itemNumber(cell));
        List<Integer> at = new ArrayList<>();
        StringBuilder read = new StringBuilder();
        for (int i = 0; i < cell.size(); i++) {
            String t = cell.get(i).text();
            if (t.codePointCount(0, t.length()) == 1 && isHan(t.codePointAt(0))) {
                at.add(i);
                read.append(t);
            }
        }
        if (read.length() < MIN_LENGTH) {
            return cell;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (String label : LABELS) {
            int d = distance(read, label);
            if (d < bestDistance) {
                best = label;
                bestDistance = d;
                tie = false;
            } else if (d == bestDistance) {
                tie = true;
            }
        }
        if (bestDistance == 0 || tie || bestDistance > Math.max(1, best.length() / CHARACTERS_PER_ERROR)
                || best.length() != read.length()) {
            return cell; // as printed, unclear, too far, or characters lost or added (not a one-for-one misreading)
        }
        List<OcrWord> out = new ArrayList<>(cell);
        for (int k = 0; k < at.size(); k++) {
            OcrWord w = cell.get(at.get(k));
            String right = String.valueOf(best.charAt(k));
            if (!right.equals(w.text())) {
                out.set(at.get(k), new OcrWord(right, w.x0(), w.top(), w.x1(), w.bottom(), w.confidence()));
            }
        }
        return out;
    }

    /**
     * The cell with a group's item number put as it is printed, {@code (七)}, where a bracket was lost or read out of
     * place ({@code 七)总计}, {@code ( )七总计}): the row labels match the number in its brackets. Only a numeral with
     * at least one bracket next to it, followed by the label's characters, is taken for an item number.
     */
    static List<OcrWord> itemNumber(List<OcrWord> cell) {
        int i = 0;
        int brackets = 0;
        while (i < cell.size() && isBracketOrBlank(cell.get(i).text())) {
            brackets += cell.get(i).text().isBlank() ? 0 : 1;
            i++;
        }
        if (i >= cell.size() || cell.get(i).text().length() != 1 || NUMERALS.indexOf(cell.get(i).text().charAt(0)) < 0) {
            return cell;
        }
        OcrWord numeral = cell.get(i++);
        while (i < cell.size() && isBracketOrBlank(cell.get(i).text())) {
            brackets += cell.get(i).text().isBlank() ? 0 : 1;
            i++;
        }
        String read = CellReadings.text(cell.subList(0, i));
        if (brackets == 0 || i >= cell.size() || !isHan(cell.get(i).text().codePointAt(0))
                || read.equals("(" + numeral.text() + ")") || read.equals("（" + numeral.text() + "）")) {
            return cell;
        }
        // the brackets on the numeral's edges: inside the cell (a bracket lost was often on its border)
        List<OcrWord> out = new ArrayList<>(cell.size());
        out.add(new OcrWord("(", numeral.x0(), numeral.top(), numeral.x0() + 1, numeral.bottom(),
                numeral.confidence()));
        out.add(numeral);
        out.add(new OcrWord(")", numeral.x1() - 1, numeral.top(), numeral.x1(), numeral.bottom(),
                numeral.confidence()));
        out.addAll(cell.subList(i, cell.size()));
        return out;
    }

    private static final String NUMERALS = "一二三四五六七八九十";
    /** The template's words that end a title, after the agency and the year. */
    private static final String TITLE_WORDS = "政府信息公开工作年度报告";

    /**
     * A character of the title's template words read wrong in a line: the piece it was read in, and the character
     * printed.
     */
    record TitleWord(int piece, String printed) {
    }

    /**
     * The one piece of a line whose character is all that keeps the title's template words from standing in it,
     * read unsurely or unconfirmed ({@code 2022年政府倍息公开工作年度报告}: 倍 for 信, and the title was not found); null
     * where there is none, or more than one character is off. Only the template's words are put right, never the
     * agency's name before them.
     *
     * @param pieces the line's pieces, in reading order
     * @param sure each piece's confidence, after the line's second reading
     */
    static TitleWord titleWordMisread(List<String> pieces, List<Double> sure) {
        for (int from = 0; from + TITLE_WORDS.length() <= pieces.size(); from++) {
            int off = -1;
            int misses = 0;
            for (int k = 0; k < TITLE_WORDS.length() && misses < 2; k++) {
                if (!pieces.get(from + k).equals(String.valueOf(TITLE_WORDS.charAt(k)))) {
                    misses++;
                    off = k;
                }
            }
            String read = misses == 1 ? pieces.get(from + off) : "";
            if (read.length() == 1 && isHan(read.codePointAt(0)) && sure.get(from + off) < RecognisedLines.DOUBT) {
                return new TitleWord(from + off, String.valueOf(TITLE_WORDS.charAt(off)));
            }
        }
        return null;
    }

    /**
     * The cell without the marks read between its Chinese characters where those spell a label printed with none
     * ({@code 行政事业性收，费}: a speck between the two lines of a wrapped label, read as a comma, kept the row from
     * being found).
     */
    static List<OcrWord> withoutInnerMarks(List<OcrWord> cell) {
        int first = -1;
        int last = -1;
        StringBuilder read = new StringBuilder();
        for (int i = 0; i < cell.size(); i++) {
            String t = cell.get(i).text();
            if (t.codePointCount(0, t.length()) == 1 && isHan(t.codePointAt(0))) {
                first = first < 0 ? i : first;
                last = i;
                read.append(t);
            }
        }
        if (!UNMARKED.contains(read.toString()) || last - first + 1 == read.length()) {
            return cell;
        }
        List<OcrWord> out = new ArrayList<>(cell.size());
        for (int i = 0; i < cell.size(); i++) {
            String t = cell.get(i).text().strip();
            boolean mark = !t.isEmpty() && t.codePoints().allMatch(c -> !Character.isLetterOrDigit(c));
            if (i <= first || i >= last || !mark) {
                out.add(cell.get(i));
            }
        }
        return out;
    }

    private static boolean isBracketOrBlank(String t) {
        return t.chars().allMatch(c -> Character.isWhitespace(c) || "()（）".indexOf(c) >= 0);
    }

    private static String han(String label) {
        StringBuilder b = new StringBuilder();
        label.codePoints().filter(PrintedLabels::isHan).forEach(b::appendCodePoint);
        return b.toString();
    }

    private static boolean isHan(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** The Levenshtein distance of two strings of BMP characters. */
    private static int distance(CharSequence a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
