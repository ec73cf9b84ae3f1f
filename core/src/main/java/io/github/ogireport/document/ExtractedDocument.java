package io.github.ogireport.document;

import io.github.ogireport.model.Format;
import io.github.ogireport.model.PageStats;
import io.github.ogireport.model.Warning;

import java.util.List;
import java.util.Map;

/**
 * What an extractor hands to the tokenizer: the blocks of a document in reading order, whatever its format.
 *
 * @param format the format the blocks were read from
 * @param blocks paragraphs and table rows in reading order
 * @param charset the charset a text format was decoded with, or null
 * @param charsetReason how the charset was chosen, or null
 * @param properties metadata the format carries outside the text ({@link #TITLE}, {@link #PUBLISH_DATE}), used
 *                   when the text itself does not state it
 * @param pageStats pages and text-layer quality of a paged format (PDF), or null
 * @param warnings what the extractor had to leave out or change (a table cut at its cell limit, a page nested too
 *                 deeply), for the report's warnings
 */
public record ExtractedDocument(Format format, List<Block> blocks, String charset, String charsetReason,
                                Map<String, String> properties, PageStats pageStats, List<Warning> warnings) {
    /** The document title from the format's metadata (an HTML {@code <title>} or {@code ArticleTitle}). */
    public static final String TITLE = "title";
    /** The publication date from the format's metadata (an HTML {@code PubDate}). */
    public static final String PUBLISH_DATE = "publishDate";
    /**
     * Set when the file is damaged but partly readable (a truncated PDF, a page whose content breaks off): says what
     * is wrong, so that the report is marked {@code PARTIAL} rather than taken as complete.
     */
    public static final String DAMAGE = "damage";
    /** {@code all} when every page was read by OCR (a scan), {@code some} when some were. */
    public static final String RECOGNISED = "recognised";
    /** The lines of text read by OCR with their unsure characters marked ({@link RecognisedLines#decode}). */
    public static final String RECOGNISED_LINES = "recognisedLines";

    public ExtractedDocument {
        blocks = List.copyOf(blocks);
        properties = Map.copyOf(properties);
        warnings = List.copyOf(warnings);
    }

    /** A document whose extraction had nothing to warn about. */
    public ExtractedDocument(Format format, List<Block> blocks, String charset, String charsetReason,
                             Map<String, String> properties, PageStats pageStats) {
        this(format, blocks, charset, charsetReason, properties, pageStats, List.of());
    }

    /** The same document with other blocks (e.g. converted to Simplified Chinese). */
    public ExtractedDocument withBlocks(List<Block> newBlocks) {
        return new ExtractedDocument(format, newBlocks, charset, charsetReason, properties, pageStats, warnings);
    }
}
