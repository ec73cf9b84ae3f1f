package io.github.ogireport.extract;

import java.util.List;

/**
 * One unit of a document in reading order: a paragraph (one cell) or a table row (several cells, blank ones
 * kept as empty strings so that positions survive).
 *
 * @param cells the cell texts as in the source
 * @param row whether the block is a table row rather than a paragraph
 */
public record Block(List<String> cells, boolean row) {
    public Block {
        cells = List.copyOf(cells);
    }

    /** A paragraph of text. */
    public static Block paragraph(String text) {
        return new Block(List.of(text), false);
    }

    /** The text of a paragraph, or the cells of a row joined by tabs. */
    public String text() {
        return String.join("\t", cells);
    }
}
