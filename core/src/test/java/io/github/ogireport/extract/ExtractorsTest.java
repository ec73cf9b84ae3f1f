package io.github.ogireport.extract;

import io.github.ogireport.document.ExtractedDocument;
import io.github.ogireport.model.Format;
import io.github.ogireport.model.Limits;
import io.github.ogireport.model.OcrMode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

class ExtractorsTest {
    @Test
    void everyFormatHasAnExtractor() {
        for (Format f : Format.values()) {
            assertNotNull(Extractors.of(f), f.name());
        }
    }

    @Test
    void aFormatGoesToItsOwnExtractor() throws Exception {
        byte[] page = "<html><body><p>二〇二三年政府信息公开工作年度报告</p></body></html>".getBytes(StandardCharsets.UTF_8);
        ExtractedDocument html = Extractors.of(Format.HTML).extract("a.html", page, Limits.DEFAULT, OcrMode.OFF);
        assertEquals(Format.HTML, html.format());
        assertEquals("二〇二三年政府信息公开工作年度报告", html.blocks().get(0).text());
        byte[] lines = "一、总体情况\n本机关主动公开政府信息。\n".getBytes(StandardCharsets.UTF_8);
        ExtractedDocument text = Extractors.of(Format.TEXT).extract("a.txt", lines, Limits.DEFAULT, OcrMode.OFF);
        assertEquals(Format.TEXT, text.format());
        assertEquals("一、总体情况", text.blocks().get(0).text());
        assertEquals("本机关主动公开政府信息。", text.blocks().get(1).text());
    }
}
