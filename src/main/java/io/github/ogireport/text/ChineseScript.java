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
    /** Share of Chinese characters that must be frequent Traditional-only ones before a document counts as Traditional. */
    private static final double TRADITIONAL_SHARE = 0.02;
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
                if (pinyin < PINYIN_MIN && (cell.indexOf('(') >= 0 || cell.indexOf('（') >= 0)) {
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
            Cancellation.check();
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

    /**
     * Whether enough of the Chinese characters of a text are Traditional-only. Counted against a list of frequent
     * Traditional-only characters rather than by running the converter: detection runs on every document, and
     * the converter is slow.
     */
    static boolean isTraditional(String text) {
        int cjk = 0;
        int traditional = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u4e00' && c <= '\u9fff') {
                cjk++;
                if (TRADITIONAL_SET.get(c)) {
                    traditional++;
                }
            }
        }
        return cjk > 0 && traditional > cjk * TRADITIONAL_SHARE;
    }

    /** Frequent characters of Traditional report text whose Simplified forms differ (開 for 开, 資 for 资, …). */
    private static final String TRADITIONAL_ONLY = "開報縣區鎮鄉辦處數結轉續請與為國機關們個來時會這說發對體經過還進際實現點動無"
            + "資訊門網規範檔總計項號條務權護類屬內應當統負責單見準確認複議訴訟維糾審書隨費決執罰許強製"
            + "廣農業產員協組織專題級齊濟務線聯絡電話郵箱傳關係級別獲標價";
    private static final java.util.BitSet TRADITIONAL_SET = new java.util.BitSet(0x10000);

    static {
        TRADITIONAL_ONLY.chars().forEach(TRADITIONAL_SET::set);
    }
}
