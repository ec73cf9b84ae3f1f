package io.github.ogireport.extract;

import io.github.ogireport.model.Format;

import java.util.List;

/**
 * What an extractor hands to the tokenizer: the blocks of a document in reading order, whatever its format.
 *
 * @param format the format the blocks were read from
 * @param blocks paragraphs and table rows in reading order
 * @param charset the charset a text format was decoded with, or null
 * @param charsetReason how the charset was chosen, or null
 */
public record ExtractedDocument(Format format, List<Block> blocks, String charset, String charsetReason) {
    public ExtractedDocument {
        blocks = List.copyOf(blocks);
    }
}
