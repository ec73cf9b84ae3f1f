package io.github.ogireport.text;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.text.UnicodeSetIterator;
import io.github.ogireport.document.Block;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChineseScriptTest {
    private static List<String> texts(ChineseScript.Result r) {
        return r.blocks().stream().map(Block::text).toList();
    }

    @Test
    void aTraditionalDocumentIsConvertedWithTheMainlandWords() {
        ChineseScript.Result r = ChineseScript.normalize(List.of(Block.paragraph("本機關2019年政府資訊公開工作年度報告"),
                Block.paragraph("顯著成效，計畫著作，入口網站檔案")));
        assertTrue(r.traditional());
        // 計畫 and 著作 are word rules of their own, not 畫→画 and 著→着 character by character
        assertEquals(List.of("本机关2019年政府信息公开工作年度报告", "显著成效，计划著作，门户网站文件"), texts(r));
    }

    @Test
    void aConvertedRowKeepsItsSpans() {
        // 行政複議 spans two slots: the covered slot stays the shadow of a wide cell, not a blank value
        Block row = Block.row(List.of("行政複議", Block.COVERED, "3", "", "1"));
        ChineseScript.Result r = ChineseScript.normalize(List.of(Block.paragraph("政府資訊公開工作年度報告"), row));
        assertTrue(r.traditional());
        assertEquals(List.of("行政复议", "", "3", "", "1"), r.blocks().get(1).cells());
        assertEquals(java.util.Set.of(1), r.blocks().get(1).covered());
    }

    @Test
    void aSimplifiedDocumentComesBackAsItWas() {
        List<Block> blocks = List.of(Block.paragraph("本机关2019年政府信息公开工作年度报告"));
        ChineseScript.Result r = ChineseScript.normalize(blocks);
        assertFalse(r.traditional());
        assertSame(blocks, r.blocks());
    }

    @Test
    void insertedPinyinIsDroppedFromFiveReadingsOn() {
        assertEquals(List.of("公开政府信息", "（一）规章"), texts(ChineseScript.normalize(
                List.of(Block.paragraph("公(gong)開(kai)政(zheng)府(fu)信(xin)息(xi)"), Block.paragraph("（一）规章")))));
        assertEquals(List.of("公(gong)开(kai)政(zheng)府(fu)信息"),
                texts(ChineseScript.normalize(List.of(Block.paragraph("公(gong)開(kai)政(zheng)府(fu)信息")))));
    }

    /** Traditional when more than 2% of the ideographs of the first 4000 characters are frequent Traditional-only ones. */
    @Test
    void traditionalShareIsCountedInTheFirstCharacters() {
        String simplified = "政府信息公开工作年度报告本机关";
        Random random = new Random(9);
        for (int n = 0; n < 2_000; n++) {
            List<Block> blocks = new ArrayList<>();
            int chars = 0;
            int cjk = 0;
            int traditional = 0;
            for (int b = random.nextInt(60); b >= 0; b--) {
                StringBuilder cell = new StringBuilder();
                for (int i = random.nextInt(200); i > 0; i--) {
                    int pick = random.nextInt(100);
                    char c = pick < 2 ? '開' : pick < 4 ? '3' : simplified.charAt(pick % simplified.length());
                    cell.append(c);
                    if (chars++ < 4000 && c != '3') {
                        cjk++;
                        traditional += c == '開' ? 1 : 0;
                    }
                }
                blocks.add(Block.paragraph(cell.toString()));
            }
            boolean expected = cjk > 0 && traditional > cjk * 0.02;
            assertEquals(expected, ChineseScript.normalize(blocks).traditional());
        }
    }

    /** The readings found by hand are those of the regular expression they replace. */
    @Test
    void readingsAreThoseOfTheRegularExpression() {
        java.util.regex.Pattern pinyin = java.util.regex.Pattern.compile(
                "(?<=[\\u4e00-\\u9fff])[(（][a-zA-ZüÜāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{1,7}[0-5]?[)）]");
        String[] atoms = {"公", "开", "(", ")", "（", "）", "g", "ong", "Zh", "ā", "ǜ", "ü", "1", "5", "6", "abcdefg", "h",
                " ", "。", "\u4dff", "\ua000"};
        Random random = new Random(3);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(14); i > 0; i--) {
                s.append(atoms[random.nextInt(atoms.length)]);
            }
            String text = s.toString();
            java.util.regex.Matcher m = pinyin.matcher(text);
            int count = 0;
            while (m.find()) {
                count++;
            }
            assertEquals(count, ChineseScript.readings(text, Integer.MAX_VALUE), text);
            assertEquals(Math.min(count, 2), ChineseScript.readings(text, 2), text);
            assertEquals(pinyin.matcher(text).replaceAll(""), ChineseScript.withoutReadings(text), text);
        }
    }

    @Test
    void theRuleTableConvertsAsIcuDoes() {
        ChineseScript.Conversion table = ChineseScript.Conversion.INSTANCE;
        assertTrue(table.tabled());
        Transliterator icu = Transliterator.getInstance("Traditional-Simplified");
        assertEquals("显著的计划", table.apply("顯著的計畫"));
        assertEquals("着", table.apply("著"));
        // every character the rules can change, alone and run together with its neighbours
        List<String> atoms = new ArrayList<>();
        for (UnicodeSetIterator it = new UnicodeSetIterator(icu.getSourceSet()); it.next(); ) {
            atoms.add(it.getString());
        }
        String all = String.join("", atoms);
        assertEquals(icu.transliterate(all), table.apply(all));
        // every rule source run together, and random mixes of sources, their tails and other text
        for (String rule : icu.toRules(false).split("\n")) {
            if (!rule.isBlank()) {
                atoms.add(rule.substring(0, rule.indexOf(" > ")));
            }
        }
        atoms.addAll(List.of("a", " ", "中", "\uD83D\uDE00", "\uDE00", "（", "。"));
        Random random = new Random(1);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                String atom = atoms.get(random.nextInt(atoms.size()));
                text.append(random.nextInt(4) == 0 ? atom.substring(random.nextInt(atom.length())) : atom);
            }
            assertEquals(icu.transliterate(text.toString()), table.apply(text.toString()), text::toString);
        }
    }

    @Test
    void aRuleThatIsNotAPlainReplacementLeavesConversionToIcu() {
        ChineseScript.Conversion conversion = new ChineseScript.Conversion(
                () -> Transliterator.createFromRules("contextual", "a } b > c; 開 > 开;", Transliterator.FORWARD));
        assertFalse(conversion.tabled());
        assertEquals("cb开", conversion.apply("ab開"));
    }
}
