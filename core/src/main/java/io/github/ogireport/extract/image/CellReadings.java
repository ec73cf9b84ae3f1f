package io.github.ogireport.extract.image;

import io.github.ogireport.extract.ocr.OcrWord;
import io.github.ogireport.model.OcrConfidence;
import io.github.ogireport.text.ValueLexer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Chooses between the two readings of a table cell that seems to hold a number: the Chinese model's, which reads the
 * labels but often takes a lone digit for a character ({@code 2} as {@code 了}, {@code 0} as {@code U}, {@code 86} as
 * {@code 80} with a confidence of 0.99), and the Latin model's, which reads digits better but may drop a minus sign or
 * read {@code 1} as {@code l}. The value is the digit reading. Where the readers agree, its confidence is the higher
 * of theirs; where they disagree, it keeps its own only when the digit reader is sure and surer than the Chinese
 * model; else (and where a sign or a decimal point was lost) it is lowered under the threshold, so that only a
 * passing check lets it stand.
 */
final class CellReadings {
    /** A plain number: digits, maybe a sign, thousands commas, decimals, a percent. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+|\\d{1,3}(,\\d{3})+)(\\.\\d+)?%?");
    /** A number as the checks can take it, maybe signed, maybe with decimals: the readings an alternative is kept for. */
    private static final Pattern PLAIN = Pattern.compile("[+-]?\\d{1,9}(\\.\\d{1,6})?");
    /** A decimal point between digits. */
    private static final Pattern POINT = Pattern.compile("[0-9]\\.[0-9]");
    /** Latin letters and marks the digit reader gives for a {@code 1} or a {@code 0}. */
    private static final String ONES = "lI|]!】";
    private static final String ZEROS = "Oo";
    /** Marks that the remains of a table line or a speck are read as. */
    private static final String STRAYS = "|!lI][】:;.,，。°'\"`";
    /** The marks dust is read as at a cell's start or end, apart from its number: no value or label ends so. */
    private static final String END_MARKS = ".,，。°'\"`·:;：；";
    /** Characters the Chinese model gives for a sign: a minus read as a dash or as 一, a plus as 十. */
    private static final String SIGNS = "-+−－—–一十";
    /**
     * The confidence a value gets when the readers disagree on it, or when a letter was taken for a digit: under
     * the one at which a value stands unchecked.
     */
    private static final double DOUBTED = OcrConfidence.DISPUTED;

    private CellReadings() {
    }

    /**
     * The characters to keep for one cell.
     *
     * @param chinese the Chinese model's reading of the cell
     * @param digits the digit reader's reading of the same cell (empty when the engine has no such reader)
     * @param alternatives where the readers read two different numbers (a digit, a sign or a point apart:
     *                     {@code 31} and {@code 3}, {@code -3} and {@code 3}) and the digit reader's is kept, doubted,
     *                     the Chinese model's is put here under the word kept: which of the two the table's checks
     *                     confirm decides it later ({@code validate.OcrCells})
     */
    static List<OcrWord> choose(List<OcrWord> chinese, List<OcrWord> digits, Map<OcrWord, String> alternatives) {
        // a mark well apart from the number (the remains of a table line at the cell's edge, a speck) is left out
        // where both readers then read the same number, and from the digit reader's reading where what is left is a
        // number (a speck read | beside 550: 1550 was doubted, 550 the digit reader was sure of)
        List<OcrWord> c = withoutStrays(chinese);
        List<OcrWord> d = withoutStrays(digits);
        if ((c != chinese || d != digits) && agree(c, d)) {
            return decide(c, d, alternatives);
        }
        return decide(chinese, d != digits && NUMBER.matcher(text(d)).matches() ? d : digits, alternatives);
    }

    /**
     * A cell's reading without the marks read apart at its start or end ({@code 0 .}, {@code 人:}): no value and no
     * label of the tables starts or ends with a lone point, comma or colon, and such a mark splits the cell's number
     * from its row. A number left after such a mark is doubted, as the mark may have been a digit, unless the digit
     * reader then reads the same number with no mark ({@link #choose}); a mark both readers read beside the number
     * ({@code 7730.} for {@code 7730.28}?) leaves it doubted.
     */
    static List<OcrWord> withoutMarks(List<OcrWord> reading) {
        List<OcrWord> kept = trimmed(reading);
        if (kept.size() == reading.size()) {
            return reading;
        }
        List<OcrWord> out = new ArrayList<>(kept.size());
        for (OcrWord w : kept) {
            boolean digit = w.text().chars().anyMatch(Character::isDigit);
            out.add(digit ? new OcrWord(w.text(), w.x0(), w.top(), w.x1(), w.bottom(), Math.min(w.confidence(), DOUBTED))
                    : w);
        }
        return out;
    }

    /**
     * A reading without the marks read at its start or end, as they were read: for a reading compared with another,
     * not kept (what {@link #withoutMarks} doubts).
     */
    static List<OcrWord> trimmed(List<OcrWord> reading) {
        int from = 0;
        int to = reading.size();
        while (to - from > 1 && mark(reading.get(to - 1))) {
            to--;
        }
        while (to - from > 1 && mark(reading.get(from))) {
            from++;
        }
        return reading.subList(from, to);
    }

    private static boolean mark(OcrWord w) {
        String t = w.text().strip();
        return t.length() == 1 && END_MARKS.indexOf(t.charAt(0)) >= 0;
    }

    /**
     * Whether a cell was read as something that may be a number misread, and is no value at all: a mark, a letter
     * or one Chinese character where a digit may be printed ({@code 本}, {@code (0}, {@code O0}), not a blank, a
     * dash or a word such as {@code 无}.
     */
    static boolean noValue(List<OcrWord> reading) {
        String t = text(reading);
        return !t.isEmpty() && ScannedPages.seemsNumber(reading) && ValueLexer.read(t) == null;
    }

    /**
     * The third reading of a cell that {@link #noValue} picked, by a recogniser that gives digits only: its number,
     * doubted (a recogniser allowed nothing but digits finds some in anything), or the first reading when it is
     * no plain number.
     */
    static List<OcrWord> digitsOnly(List<OcrWord> first, List<OcrWord> third) {
        List<OcrWord> d = withoutStrays(third);
        if (d.isEmpty() || !NUMBER.matcher(text(d)).matches()) {
            return first;
        }
        return List.of(joined(d, Math.min(lowest(d), DOUBTED)));
    }

    /**
     * A cell that every reading took for no value but read as a mark or letter a {@code 1} or {@code 0} looks like
     * ({@code 】}, {@code ]}, {@code O}): that digit, doubted, so that only a passing check lets it stand. Any other
     * reading as it is.
     */
    static List<OcrWord> lookAlikeDigit(List<OcrWord> reading) {
        String t = text(reading);
        if (t.length() != 1 || !noValue(reading)) {
            return reading;
        }
        String digit = lookAlikes(t);
        return digit.equals(t) ? reading : List.of(new OcrWord(digit, reading.get(0).x0(), reading.get(0).top(),
                reading.get(0).x1(), reading.get(0).bottom(), Math.min(reading.get(0).confidence(), DOUBTED)));
    }

    /** Whether both readings are the same plain number. */
    private static boolean agree(List<OcrWord> chinese, List<OcrWord> digits) {
        List<OcrWord> second = asDigits(digits);
        String d = text(second);
        String c = text(chinese);
        return NUMBER.matcher(d).matches() && second.stream().allMatch(w -> w.confidence() > DOUBTED)
                && lookAlikes(c).equals(c) && c.equals(d);
    }

    /**
     * The reading without its first or last characters where they are marks ({@code | : . °}) farther from the
     * next character than that character is high: no digit of the number stands that far apart.
     */
    private static List<OcrWord> withoutStrays(List<OcrWord> words) {
        int from = 0;
        int to = words.size();
        while (to - from > 1 && stray(words.get(to - 1), words.get(to - 2))) {
            to--;
        }
        while (to - from > 1 && stray(words.get(from), words.get(from + 1))) {
            from++;
        }
        return from == 0 && to == words.size() ? words : words.subList(from, to);
    }

    private static boolean stray(OcrWord mark, OcrWord next) {
        String t = mark.text().strip();
        if (t.length() != 1 || STRAYS.indexOf(t.charAt(0)) < 0) {
            return false;
        }
        int gap = Math.max(next.x0() - mark.x1(), mark.x0() - next.x1());
        return gap > next.bottom() - next.top();
    }

    private static List<OcrWord> decide(List<OcrWord> chinese, List<OcrWord> digits,
                                        Map<OcrWord, String> alternatives) {
        List<OcrWord> second = asDigits(digits);
        String d = text(second);
        if (!NUMBER.matcher(d).matches()) {
            return chinese;
        }
        String c = text(chinese);
        String cDigits = digits(lookAlikes(c));
        String dDigits = digits(d);
        boolean cSign = c.chars().anyMatch(ch -> SIGNS.indexOf(ch) >= 0);
        boolean dSign = d.startsWith("-") || d.startsWith("+");
        boolean agree = cDigits.equals(dDigits) && cSign == dSign;
        // a sign or a decimal point one reader saw and the other not (3.5 read as 35): which number it is, is not
        // decided
        boolean markLost = cSign && !dSign || POINT.matcher(cDigits).find() != POINT.matcher(dDigits).find();
        boolean disagree = !cDigits.isEmpty() && !cDigits.equals(dDigits);
        double first = lowest(chinese);
        double conf = lowest(second);
        if (agree && !lookAlikes(c).equals(c)) {
            conf = Math.min(conf, DOUBTED); // both read a mark or a letter where a digit may be: neither read a digit
        } else if (agree) {
            conf = Math.max(conf, first); // two readers that agree
        } else if (markLost || disagree && (conf < OcrConfidence.SURE || conf <= first)) {
            // where the Chinese model was at least as sure, neither reading is decided; where the digit reader is
            // sure and the Chinese one less so, the digit reader's stands (measured: the Chinese model reads 6 as 0
            // and 5 as D or 3, the digit reader not), still subject to the checks
            conf = Math.min(conf, DOUBTED);
        }
        OcrWord kept = joined(second, conf);
        String other = signed(lookAlikes(c));
        if (conf <= DOUBTED && PLAIN.matcher(other).matches() && PLAIN.matcher(d).matches()
                && new java.math.BigDecimal(other).compareTo(new java.math.BigDecimal(d)) != 0) {
            alternatives.put(kept, other);
        }
        return List.of(kept);
    }

    /**
     * The words of a reading as one word where they are digits on one line that make a plain number (a reader's
     * digits read apart), with the lowest of their confidences; else null.
     */
    static OcrWord oneNumber(List<OcrWord> words) {
        if (words.size() < 2 || !NUMBER.matcher(text(words)).matches()) {
            return null;
        }
        for (OcrWord w : words) {
            if (w.top() >= words.get(0).bottom() || w.bottom() <= words.get(0).top()) {
                return null;
            }
        }
        return joined(words, lowest(words));
    }

    /** The characters as one word: the gaps between a number's digits are the font's, not spaces (a 1 is narrow). */
    private static OcrWord joined(List<OcrWord> words, double confidence) {
        int x0 = Integer.MAX_VALUE;
        int top = Integer.MAX_VALUE;
        int x1 = Integer.MIN_VALUE;
        int bottom = Integer.MIN_VALUE;
        for (OcrWord w : words) {
            x0 = Math.min(x0, w.x0());
            top = Math.min(top, w.top());
            x1 = Math.max(x1, w.x1());
            bottom = Math.max(bottom, w.bottom());
        }
        return new OcrWord(text(words), x0, top, x1, bottom, confidence);
    }

    /** The digit reader's characters with look-alike letters taken as digits, each such one doubted. */
    private static List<OcrWord> asDigits(List<OcrWord> words) {
        List<OcrWord> out = new ArrayList<>(words.size());
        for (OcrWord w : words) {
            String t = w.text().strip();
            String digit = t.length() != 1 ? null : ONES.indexOf(t.charAt(0)) >= 0 ? "1"
                    : ZEROS.indexOf(t.charAt(0)) >= 0 ? "0" : null;
            out.add(digit == null ? w : new OcrWord(digit, w.x0(), w.top(), w.x1(), w.bottom(),
                    Math.min(w.confidence(), DOUBTED)));
        }
        return out;
    }

    /** The text with the letters and marks that stand for a 1 or a 0 taken as those digits. */
    private static String lookAlikes(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            b.append(ONES.indexOf(ch) >= 0 ? '1' : ZEROS.indexOf(ch) >= 0 ? '0' : ch);
        }
        return b.toString();
    }

    /**
     * A reading with the sign the Chinese model reads as a character or a long dash ({@code 一3}, {@code —2},
     * {@code 十1}) written as {@code -} or {@code +}.
     */
    private static String signed(String s) {
        if (s.length() < 2 || SIGNS.indexOf(s.charAt(0)) < 0) {
            return s;
        }
        return (s.charAt(0) == '+' || s.charAt(0) == '十' ? "+" : "-") + s.substring(1).strip();
    }

    /** The digits and decimal points of a reading, in order. */
    private static String digits(String s) {
        return s.replaceAll("[^0-9.]", "");
    }

    /** The characters of a reading, each stripped, run together. */
    static String text(List<OcrWord> words) {
        StringBuilder b = new StringBuilder();
        for (OcrWord w : words) {
            b.append(w.text().strip());
        }
        return b.toString();
    }

    private static double lowest(List<OcrWord> words) {
        double low = 1;
        for (OcrWord w : words) {
            low = Math.min(low, w.confidence());
        }
        return words.isEmpty() ? 0 : low;
    }
}
