package io.github.ogireport.extract.pdf;

import java.text.Normalizer;

/**
 * Undoes a PDF artefact: fonts that draw a character and a radical with the same glyph make some producers
 * (Chromium's PDF printer among them) map the glyph back to the radical, so 民 comes out as ⺠ (U+2EA0). Kangxi
 * radicals (U+2F00–U+2FDF) have compatibility decompositions and go through NFKC; the CJK Radicals Supplement
 * (U+2E80–U+2EFF) has none, so its radicals that look exactly like a whole character are mapped here.
 */
final class RadicalForms {
    /** Pairs of (radical, character) from the Unicode CJK Radicals Supplement's equivalent unified ideographs. */
    private static final String PAIRS = "⺟母⺠民⺬示⺮竹⺶羊⺩王⺧牛⺜日⺝月⺗心⺼肉⻁虎⻄西⻅见⻆角⻉贝⻋车⻓长⻔门⻗雨⻘青⻙韦"
            + "⻚页⻛风⻜飞⻝食⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻬齐⻮齿⻰龙⻳龟⺫目⺳网";
    private static final char[] TO = new char[0x80];

    static {
        for (int i = 0; i + 1 < PAIRS.length(); i += 2) {
            TO[PAIRS.charAt(i) - 0x2E80] = PAIRS.charAt(i + 1);
        }
    }

    private RadicalForms() {
    }

    /** The text with radicals that stand for whole characters replaced by those characters. */
    static String unify(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x2E80 && c <= 0x2FDF) {
                return replace(text);
            }
        }
        return text;
    }

    private static String replace(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x2E80 && c < 0x2F00 && TO[c - 0x2E80] != 0) {
                b.append(TO[c - 0x2E80]);
            } else if (c >= 0x2F00 && c <= 0x2FDF) {
                b.append(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
