package io.github.ogireport;

import io.github.ogireport.document.Block;
import io.github.ogireport.document.Cancellation;
import io.github.ogireport.text.PageFurniture;

import java.util.List;

/**
 * Where the page around a report begins after it (FORMAT.md A8.18, print buttons, 相关链接, the site's footer): the
 * block, and the column in that block's text where the footer starts (0 when the whole block is the page's; a
 * flattening may glue the footer onto the report's last paragraph). With no footer, the block is the document's size.
 */
record Footer(int block, int column) {
    /** No footer: without section headings, nothing tells the report's end from a share bar above it. */
    static Footer none(List<Block> blocks) {
        return new Footer(blocks.size(), 0);
    }

    /** The first footer at or after block {@code from} (the last section's heading + 1). */
    static Footer after(List<Block> blocks, int from) {
        for (int b = from; b < blocks.size(); b++) {
            Cancellation.check();
            Block block = blocks.get(b);
            if (block.row()) {
                continue; // a table row is the report's, whatever words its cells hold
            }
            int at = PageFurniture.footerStart(block.text());
            if (at >= 0) {
                return new Footer(b, at);
            }
        }
        return new Footer(blocks.size(), 0);
    }
}
