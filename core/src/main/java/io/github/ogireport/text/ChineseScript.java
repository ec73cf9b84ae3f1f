package io.github.ogireport.text;

import com.ibm.icu.text.Transliterator;
import io.github.ogireport.document.Block;
import io.github.ogireport.document.Cancellation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings a document to the script the patterns are written in: Traditional Chinese (Big5 gateways, mirrors)
 * to Simplified, and pinyin that some mirrors insert after each character ({@code 公(gong)開(kai)}) removed.
 * Traditional renderings also swap words (文件→檔案, 门户网站→入口網站, 信息→資訊); after conversion those swaps are
 * undone, so that labels and titles read as the national format prints them.
 */
public final class ChineseScript {
    /** Share of Chinese characters that must be frequent Traditional-only ones before a document counts as Traditional. */
    private static final double TRADITIONAL_SHARE = 0.02;
    private static final int SAMPLE = 4000;
    /** Below this many inserted readings, a parenthesised word after a character is just text. */
    private static final int PINYIN_MIN = 5;
    /** The letters of a reading besides a-z and A-Z: the tone marks. */
    private static final String TONED_LETTERS = "üÜāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
    /** The most letters a reading has. */
    private static final int READING_LETTERS = 7;
    /** Word swaps of Traditional renderings, as converted to Simplified, and the mainland word. */
    private static final String[][] WORD_SWAPS = {{"入口网站", "门户网站"}, {"档案", "文件"}, {"资讯", "信息"}};

    private ChineseScript() {
    }

    /**
     * The result of {@link #normalize}.
     *
     * @param blocks the blocks, converted where needed
     * @param traditional whether the document was Traditional Chinese and was converted
     */
    public record Result(List<Block> blocks, boolean traditional) {
    }

    /** Converts a Traditional document to Simplified and removes inserted pinyin; other documents come back as they were. */
    public static Result normalize(List<Block> blocks) {
        Sample sample = new Sample();
        int pinyin = 0;
        for (Block b : blocks) {
            for (String cell : b.cells()) {
                sample.add(cell);
                if (pinyin < PINYIN_MIN && (cell.indexOf('(') >= 0 || cell.indexOf('（') >= 0)) {
                    pinyin += readings(cell, PINYIN_MIN - pinyin);
                }
            }
        }
        boolean traditional = sample.isTraditional();
        boolean dropPinyin = pinyin >= PINYIN_MIN;
        if (!traditional && !dropPinyin) {
            return new Result(blocks, false);
        }
        Conversion conversion = traditional ? Conversion.INSTANCE : null;
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            Cancellation.check();
            List<String> cells = new ArrayList<>(b.cells().size());
            for (String cell : b.cells()) {
                String c = dropPinyin ? withoutReadings(cell) : cell;
                cells.add(traditional ? mainlandWords(conversion.apply(c)) : c);
            }
            out.add(new Block(cells, b.row(), b.covered(), b.confidence(), b.alternatives()));
        }
        return new Result(out, traditional);
    }

    /**
     * Where a reading inserted after a character ends: {@code (gong)} or {@code （gōng1）} at {@code open}, after an
     * ideograph, with one to {@link #READING_LETTERS} letters and an optional tone digit 0-5; -1 when there is none.
     * (The regular expression {@code (?<=[\u4e00-\u9fff])[(（][a-zA-Z…]{1,7}[0-5]?[)）]}, scanned by hand: letters, digit
     * and bracket cannot stand for each other, so no backtracking is needed.)
     */
    static int readingEnd(String s, int open) {
        char c = s.charAt(open);
        if (open == 0 || c != '(' && c != '（' || !isIdeograph(s.charAt(open - 1))) {
            return -1;
        }
        int i = open + 1;
        while (i < s.length() && i - open <= READING_LETTERS && isReadingLetter(s.charAt(i))) {
            i++;
        }
        int letters = i - open - 1;
        if (letters == 0) {
            return -1;
        }
        if (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '5') {
            i++;
        }
        return i < s.length() && (s.charAt(i) == ')' || s.charAt(i) == '）') ? i + 1 : -1;
    }

    /** How many readings a text holds, counted up to {@code max}. */
    static int readings(String s, int max) {
        int n = 0;
        for (int i = 1; i < s.length() && n < max; i++) {
            int end = readingEnd(s, i);
            if (end > 0) {
                n++;
                i = end - 1;
            }
        }
        return n;
    }

    /** The text with its readings removed. */
    static String withoutReadings(String s) {
        StringBuilder b = null;
        int copied = 0;
        for (int i = 1; i < s.length(); i++) {
            int end = readingEnd(s, i);
            if (end > 0) {
                if (b == null) {
                    b = new StringBuilder(s.length());
                }
                b.append(s, copied, i);
                copied = end;
                i = end - 1;
            }
        }
        return b == null ? s : b.append(s, copied, s.length()).toString();
    }

    private static boolean isIdeograph(char c) {
        return c >= '\u4e00' && c <= '\u9fff';
    }

    private static boolean isReadingLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || TONED_LETTERS.indexOf(c) >= 0;
    }

    private static String mainlandWords(String s) {
        for (String[] swap : WORD_SWAPS) {
            s = s.replace(swap[0], swap[1]);
        }
        return s;
    }

    /**
     * Whether enough of the Chinese characters of a document are Traditional-only, counted in its first
     * {@link #SAMPLE} characters (its cells run together) against a list of frequent Traditional-only characters
     * rather than by running the converter. Detection runs on every document: the characters are counted as they
     * come, and no sample text is built.
     */
    private static final class Sample {
        private int left = SAMPLE;
        private int cjk;
        private int traditional;

        void add(String cell) {
            int n = Math.min(cell.length(), left);
            int chinese = 0;
            int traditionalOnly = 0;
            for (int i = 0; i < n; i++) {
                // a table lookup without branches: text mixes ideographs and other characters unpredictably
                int kind = KIND[cell.charAt(i)];
                chinese += kind & IDEOGRAPH;
                traditionalOnly += kind >> 1;
            }
            cjk += chinese;
            traditional += traditionalOnly;
            left -= n;
        }

        boolean isTraditional() {
            return cjk > 0 && traditional > cjk * TRADITIONAL_SHARE;
        }
    }

    /** Frequent characters of Traditional report text whose Simplified forms differ (開 for 开, 資 for 资, …). */
    private static final String TRADITIONAL_ONLY = "開報縣區鎮鄉辦處數結轉續請與為國機關們個來時會這說發對體經過還進際實現點動無"
            + "資訊門網規範檔總計項號條務權護類屬內應當統負責單見準確認複議訴訟維糾審書隨費決執罰許強製"
            + "廣農業產員協組織專題級齊濟務線聯絡電話郵箱傳關係級別獲標價";
    /** In {@link #KIND}: an ideograph (U+4E00 to U+9FFF), and one of {@link #TRADITIONAL_ONLY} as well. */
    private static final byte IDEOGRAPH = 1;
    private static final byte TRADITIONAL_IDEOGRAPH = 3;
    /** Per UTF-16 unit: 0, {@link #IDEOGRAPH} or {@link #TRADITIONAL_IDEOGRAPH}. */
    private static final byte[] KIND = new byte[Character.MAX_VALUE + 1];

    static {
        java.util.Arrays.fill(KIND, '\u4e00', '\u9fff' + 1, IDEOGRAPH);
        for (char c : TRADITIONAL_ONLY.toCharArray()) {
            KIND[c] = TRADITIONAL_IDEOGRAPH;
        }
    }

    /**
     * ICU's Traditional-Simplified transliteration. Its rules are plain replacements, longer ones first where they
     * overlap (計畫 > 计划 before 畫 > 画, 著作 > 著作 before 著 > 着); ICU applies them by trying, at each position,
     * every rule in rule order with a general pattern matcher, which made conversion the costliest step of a
     * Traditional page. The same rules are applied the same way here from a table indexed by the first character:
     * at each position the first rule whose source stands there gives its target and the scan goes on after the
     * source (a target is not converted again); a character no rule matches stays. The table is read from the
     * transliterator's own rules, so that the two cannot drift apart; if a rule were anything but a plain
     * {@code source > target;} (a context, a set, a variable: none in ICU 78), the transliterator itself is used.
     */
    static final class Conversion {
        /** A line of {@link Transliterator#toRules}: source letters, target letters (none would be a deletion). */
        private static final Pattern PLAIN_RULE = Pattern.compile("(\\p{L}+) > (\\p{L}*);");
        static final Conversion INSTANCE = new Conversion(() -> Transliterator.getInstance("Traditional-Simplified"));

        private final ThreadLocal<Transliterator> icu;
        /** By first UTF-16 unit: the sources of the rules starting with it, in rule order, and their targets. */
        private final String[][] sources;
        private final String[][] targets;

        /** @param transliterator makes the transliterator: once for its rules, and once per thread if they are not plain */
        Conversion(Supplier<Transliterator> transliterator) {
            this.icu = ThreadLocal.withInitial(transliterator);
            String[][][] table = table(transliterator.get().toRules(false));
            this.sources = table == null ? null : table[0];
            this.targets = table == null ? null : table[1];
        }

        /** Whether the rules were all plain and are applied from the table, not by ICU. */
        boolean tabled() {
            return sources != null;
        }

        /** {@code [sources, targets]} indexed by first character, or null when a rule is not plain. */
        private static String[][][] table(String rules) {
            String[][] sources = new String[Character.MAX_VALUE + 1][];
            String[][] targets = new String[Character.MAX_VALUE + 1][];
            for (String line : rules.split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                Matcher m = PLAIN_RULE.matcher(line.strip());
                if (!m.matches()) {
                    return null;
                }
                char first = m.group(1).charAt(0);
                sources[first] = append(sources[first], m.group(1));
                targets[first] = append(targets[first], m.group(2));
            }
            return new String[][][] {sources, targets};
        }

        private static String[] append(String[] array, String s) {
            String[] a = array == null ? new String[1] : Arrays.copyOf(array, array.length + 1);
            a[a.length - 1] = s;
            return a;
        }

        /** The text converted to Simplified. */
        String apply(String text) {
            if (sources == null) {
                return icu.get().transliterate(text);
            }
            StringBuilder out = null;
            int n = text.length();
            for (int i = 0; i < n; ) {
                char c = text.charAt(i);
                String[] from = sources[c];
                int rule = from == null ? -1 : firstAt(from, text, i);
                if (rule < 0) {
                    if (out != null) {
                        out.append(c);
                    }
                    i++;
                    continue;
                }
                if (out == null) {
                    out = new StringBuilder(n).append(text, 0, i);
                }
                out.append(targets[c][rule]);
                i += from[rule].length();
            }
            return out == null ? text : out.toString();
        }

        private static int firstAt(String[] from, String text, int i) {
            for (int r = 0; r < from.length; r++) {
                if (text.startsWith(from[r], i)) {
                    return r;
                }
            }
            return -1;
        }
    }
}
