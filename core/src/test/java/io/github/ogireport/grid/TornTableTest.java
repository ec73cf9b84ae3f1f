package io.github.ogireport.grid;

import io.github.ogireport.document.Block;
import io.github.ogireport.extract.text.TextExtractor;
import io.github.ogireport.model.ReportTable;
import io.github.ogireport.model.RequestRow;
import io.github.ogireport.model.TemplateVersion;
import io.github.ogireport.model.WarningCode;
import io.github.ogireport.text.Token;
import io.github.ogireport.text.Tokenizer;
import io.github.ogireport.validate.Sums;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TornTableTest {
    private static final TornTable.Rows<RequestRow> ROWS = new TornTable.Rows<>(
            new LabelMatcher<>(Arrays.asList(RequestRow.values()), RequestRow::patterns),
            RequestRow.of(TemplateVersion.V2019), r -> 7, RequestRow::label, Sums::lastIsSumOfRest, ReportTable.REQUESTS);

    private static TornTable.Rebuilt rebuild(String text) {
        List<Block> blocks = TextExtractor.blocks(text);
        return TornTable.rebuild(Tokenizer.tokens(blocks, 0, blocks.size()), ROWS);
    }

    private static String line(List<Token> tokens) {
        return String.join(" ", tokens.stream().map(Token::raw).toList());
    }

    @Test
    void labelsAndNumberRowsArePutBackInReadingOrder() {
        TornTable.Rebuilt r = rebuild("""
                一、本年新收政府信息公开申请数量
                二、上年结转政府信息公开申请数量
                | 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 数据7 |
                |---|---|---|---|---|---|---|
                | 5 | 0 | 0 | 0 | 3 | 0 | 8 |
                | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
                """);
        assertEquals("一、本年新收政府信息公开申请数量 5 0 0 0 3 0 8 二、上年结转政府信息公开申请数量 1 0 0 0 0 0 1",
                line(r.tokens()));
        assertEquals(List.of(WarningCode.RECOVERED_TORN_TABLE), r.warnings().stream().map(w -> w.code()).toList());
    }

    @Test
    void oneNumberPerLineIsAnOrdinaryTableWithABlankRowNotATornOne() {
        String text = "二、上年结转政府信息公开申请数量\n三、本年度办理结果\n（一）予以公开\n4\n0\n0\n0\n0\n0\n4\n";
        TornTable.Rebuilt r = rebuild(text);
        assertEquals(List.of(), r.warnings());
        List<Block> blocks = TextExtractor.blocks(text);
        assertEquals(Tokenizer.tokens(blocks, 0, blocks.size()), r.tokens());
    }

    @Test
    void rowsThatCannotBePairedAreNotPlaced() {
        TornTable.Rebuilt r = rebuild("""
                （一）予以公开
                一、本年新收政府信息公开申请数量
                二、上年结转政府信息公开申请数量
                | 2 | 0 | 0 | 0 | 0 | 0 | 2 |
                | 2 | 0 | 0 | 0 | 0 | 0 | 2 |
                """);
        assertEquals("", line(r.tokens()));
        assertEquals(List.of(WarningCode.UNMATCHED_TORN_TABLE), r.warnings().stream().map(w -> w.code()).toList());
    }
}
