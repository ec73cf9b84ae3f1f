package io.github.ogireport.text;

import io.github.ogireport.document.Block;
import io.github.ogireport.document.Cancellation;

import java.util.List;

/**
 * A document's blocks with their matching form ({@link MatchText}) computed once: headings, metadata, page
 * furniture and template detection all read the same normalised copy, while the blocks keep the original text.
 */
public final class DocumentText {
    private final List<Block> blocks;
    private final String[] norms;
    /** {@link #joined()}, once made. */
    private String joined;

    private DocumentText(List<Block> blocks) {
        this.blocks = List.copyOf(blocks);
        this.norms = new String[blocks.size()];
        for (int b = 0; b < norms.length; b++) {
            Cancellation.check();
            norms[b] = MatchText.ofCells(blocks.get(b).cells()); // a row's cells, not its text: no joining
        }
    }

    /** Normalises every block once. */
    public static DocumentText of(List<Block> blocks) {
        return new DocumentText(blocks);
    }

    /** The blocks, with their original text. */
    public List<Block> blocks() {
        return blocks;
    }

    /** How many blocks there are. */
    public int size() {
        return norms.length;
    }

    /** The matching form of a block's whole text (the cells of a row joined). */
    public String norm(int block) {
        return norms[block];
    }

    /** The matching form of a block's first cell: the whole block for a paragraph. */
    String firstCellNorm(int block) {
        Block b = blocks.get(block);
        return b.row() ? MatchText.of(b.cells().get(0)) : norms[block];
    }

    /**
     * The matching form of the whole document, one block per line: made once, since template detection and the
     * table reading both search it (a copy of the whole text each time).
     */
    public String joined() {
        if (joined == null) {
            joined = String.join("\n", norms);
        }
        return joined;
    }
}
