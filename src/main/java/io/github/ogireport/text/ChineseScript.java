package io.github.ogireport.text;

import com.ibm.icu.text.Transliterator;
import io.github.ogireport.extract.Block;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings a document to the script the patterns are written in: Traditional Chinese (Big5 gateways, mirrors)
 * to Simplified, and pinyin that some mirrors insert after each character ({@code 公(gong)開(kai)}) removed.
 * Traditional renderings also swap words (文件→檔案, 门户网站→入口網站, 信息→資訊); after conversion those swaps are
 * undone, so that labels and titles read as the national format prints them.
 */
public final class ChineseScript {
    /** Share of Chinese characters that must change under conversion before a document counts as Traditional. */
    private static final double TRADITIONAL_SHARE = 0.03;
    private static final int SAMPLE = 4000;
    /** Below this many inserted readings, a parenthesised word after a character is just text. */
    private static final int PINYIN_MIN = 5;
    private static final Pattern PINYIN = Pattern.compile(
            "(?<=[\\u4e00-\\u9fff])[(（][a-zA-ZüÜāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{1,7}[0-5]?[)）]");
    /** Word swaps of Traditional renderings, as converted to Simplified, and the mainland word. */
    private static final String[][] WORD_SWAPS = {{"入口网站", "门户网站"}, {"档案", "文件"}, {"资讯", "信息"}};
    private static final ThreadLocal<Transliterator> T2S =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));

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
        StringBuilder sample = new StringBuilder();
        int pinyin = 0;
        for (Block b : blocks) {
            for (String cell : b.cells()) {
                if (sample.length() < SAMPLE) {
                    sample.append(cell, 0, Math.min(cell.length(), SAMPLE - sample.length()));
                }
                if (pinyin < PINYIN_MIN) {
                    Matcher m = PINYIN.matcher(cell);
                    while (m.find() && pinyin < PINYIN_MIN) {
                        pinyin++;
                    }
                }
            }
        }
        boolean traditional = isTraditional(sample.toString());
        boolean dropPinyin = pinyin >= PINYIN_MIN;
        if (!traditional && !dropPinyin) {
            return new Result(blocks, false);
        }
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            List<String> cells = new ArrayList<>(b.cells().size());
            for (String cell : b.cells()) {
                String c = dropPinyin ? PINYIN.matcher(cell).replaceAll("") : cell;
                cells.add(traditional ? mainlandWords(T2S.get().transliterate(c)) : c);
            }
            out.add(new Block(cells, b.row()));
        }
        return new Result(out, traditional);
    }

    private static String mainlandWords(String s) {
        for (String[] swap : WORD_SWAPS) {
            s = s.replace(swap[0], swap[1]);
        }
        return s;
    }

    /** Whether enough of the Chinese characters of a text are Traditional-only. */
    static boolean isTraditional(String text) {
        String simplified = T2S.get().transliterate(text);
        if (simplified.length() != text.length()) {
            return true; // only conversion changes the length
        }
        int cjk = 0;
        int changed = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u4e00' && c <= '\u9fff') {
                cjk++;
                if (simplified.charAt(i) != c) {
                    changed++;
                }
            }
        }
        return cjk > 0 && changed > cjk * TRADITIONAL_SHARE;
    }
}
