package io.github.ogireport.grid;

import io.github.ogireport.document.Block;
import io.github.ogireport.model.RequestRow;
import io.github.ogireport.model.ActiveRow;
import io.github.ogireport.text.Token;
import io.github.ogireport.text.Tokenizer;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GluedTextTest {
    private static final LabelMatcher<RequestRow> REQUESTS =
            new LabelMatcher<>(Arrays.asList(RequestRow.values()), RequestRow::patterns);
    private static final LabelMatcher<ActiveRow> ACTIVE =
            new LabelMatcher<>(Arrays.asList(ActiveRow.values()), ActiveRow::patterns);

    private static List<Token> tokens(String line) {
        return Tokenizer.tokens(List.of(Block.paragraph(line)), 0, 1);
    }

    /** Tokens as kind:text, TEXT tokens by their matching form. */
    private static List<String> shown(List<Token> tokens) {
        return tokens.stream().map(t -> t.kind() + ":" + (t.kind() == Token.Kind.TEXT ? t.norm() : t.raw())).toList();
    }

    @Test
    void cellsGluedToTheirLabelAreSplitOff() {
        assertEquals(List.of("TEXT:一、本年新收政府信息公开申请数量", "VALUE:230000023"),
                shown(GluedText.split(tokens("一、本年新收政府信息公开申请数量230000023"), REQUESTS)));
    }

    @Test
    void theNumberOfTheNextLabelIsNotACell() {
        assertEquals(List.of("TEXT:(三)不予公开1.属于国家秘密", "VALUE:0000000", "TEXT:2.其他法律行政法规禁止公开",
                        "VALUE:1000001", "TEXT:(四)无法提供1.本机关不掌握相关政府信息", "VALUE:202011024"),
                shown(GluedText.split(tokens("（三）不予公开1.属于国家秘密00000002.其他法律行政法规禁止公开1000001"
                        + "（四）无法提供1.本机关不掌握相关政府信息202011024"), REQUESTS)));
    }

    @Test
    void anAmountKeepsItsUnitAndASignedChangeItsSign() {
        assertEquals(List.of("TEXT:信息内容采购项目数量采购总金额政府集中采购", "VALUE:144.98万元"),
                shown(GluedText.split(tokens("信息内容采购项目数量采购总金额政府集中采购144.98万元"), ACTIVE)));
        assertEquals(List.of("TEXT:本年增/减处理决定数量行政许可", "VALUE:12+1230"),
                shown(GluedText.split(tokens("本年增/减处理决定数量行政许可12+1230"), ACTIVE)));
    }

    @Test
    void proseWithNumbersIsLeftAlone() {
        String prose = "本年共收到政府信息公开申请5件，其中予以公开3件，部分公开1件。";
        assertEquals(List.of("TEXT:" + io.github.ogireport.text.MatchText.of(prose)),
                shown(GluedText.split(tokens(prose), REQUESTS)));
    }

    @Test
    void tableFourIsSplitOffTheEndOfItsHeaderWords() {
        assertEquals(List.of("TEXT:尚未审结总计", "VALUE:000000000000000"),
                shown(GluedText.splitTrailing(tokens("尚未审结总计000000000000000"), 15)));
        assertEquals(List.of("TEXT:本年度发生行政复议1件"), shown(GluedText.splitTrailing(tokens("本年度发生行政复议1件"), 15)));
    }
}
