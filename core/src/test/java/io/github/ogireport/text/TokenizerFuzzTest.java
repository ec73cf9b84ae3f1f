package io.github.ogireport.text;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.ogireport.document.Block;
import io.github.ogireport.extract.text.TextExtractor;
import io.github.ogireport.grid.TableBuilder;
import io.github.ogireport.grid.Tables;
import io.github.ogireport.model.TemplateVersion;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzzes the tokenizer and the table grid on arbitrary text, without the extractors in front: every block of the
 * text is read as each template's three tables, and the section finder and metadata reader run over it. Seeds: the
 * seed reports; saved findings: {@code testdata/fuzz/tokenizer/}.
 */
class TokenizerFuzzTest {
    @FuzzTest(maxDuration = "10s")
    void fuzz(byte[] bytes) {
        List<Block> blocks = TextExtractor.blocks(new String(bytes, StandardCharsets.UTF_8));
        int[] all = {0, blocks.size()};
        List<Token> tokens = Tokenizer.tokens(blocks, 0, blocks.size());
        assertTrue(tokens.stream().allMatch(t -> t.block() >= 0 && t.block() < blocks.size()));
        for (TemplateVersion template : List.of(TemplateVersion.V2019, TemplateVersion.V2021)) {
            Tables tables = TableBuilder.build(template, blocks, all, all, all);
            assertNotNull(tables.cells());
        }
        DocumentText text = DocumentText.of(blocks);
        List<FoundSection> found = SectionFinder.find(text);
        assertNotNull(MetadataReader.read(text, found.isEmpty() ? -1 : found.get(0).block(), "", java.util.Map.of()));
    }
}
