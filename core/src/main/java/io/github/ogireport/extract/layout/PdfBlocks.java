package io.github.ogireport.extract.layout;

import io.github.ogireport.document.Block;
import io.github.ogireport.document.WideText;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns the pages of a PDF into blocks in reading order: page furniture removed ({@link RunningLines}), tables
 * joined across page breaks ({@link TableJoiner}) and given as rows of their slot grid, and text lines put back
 * together into paragraphs where the PDF broke them (a line that runs to the right margin goes on in the next
 * line unless that one is indented, also across a page break).
 *
 * <p>Public (with the members they use) for {@code extract.pdf} and {@code extract.image}; not API.
 */
public final class PdfBlocks {
    /** A line ending this many ems short of the right margin or nearer runs on. */
    private static final float RUNS_ON = 2f;
    /** A line starting this many ems right of the left margin or more starts a paragraph. */
    private static final float INDENT = 0.8f;
    /** A vertical gap larger than this many ems between two lines ends a paragraph. */
    private static final float PARAGRAPH_GAP = 1.3f;

    private PdfBlocks() {
    }

    /** The blocks of a document's pages: running heads and footers dropped, tables joined across pages. */
    public static List<Block> of(List<PageContent> pages) {
        RunningLines.remove(pages);
        Map<TableFragment, List<List<String>>> tables = TableJoiner.join(pages);
        List<Block> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        TextLine previous = null;
        boolean previousOnOtherPage = false;
        float[] margins = margins(pages);
        for (PageContent page : pages) {
            for (Object item : page.items) {
                if (item instanceof TextLine line) {
                    if (previous != null && runsOn(previous, line, margins, previousOnOtherPage)) {
                        WideText.append(paragraph, line.text());
                    } else {
                        flush(paragraph, blocks);
                        paragraph.append(line.text());
                    }
                    previous = line;
                    previousOnOtherPage = false;
                    continue;
                }
                flush(paragraph, blocks);
                previous = null;
                TableFragment fragment = (TableFragment) item;
                List<List<String>> grid = tables.get(fragment);
                if (grid != null) {
                    rows(grid, fragment.ruled, blocks);
                }
            }
            previousOnOtherPage = true;
        }
        flush(paragraph, blocks);
        return blocks;
    }

    /**
     * Left and right margins of the text lines (headers and footers already gone), over the whole document: a page
     * with one short line says nothing about its margins.
     */
    private static float[] margins(List<PageContent> pages) {
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        for (PageContent page : pages) {
            for (Object item : page.items) {
                if (item instanceof TextLine l) {
                    left = Math.min(left, l.x0);
                    right = Math.max(right, l.x1);
                }
            }
        }
        return new float[] {left, right};
    }

    private static boolean runsOn(TextLine prev, TextLine line, float[] margins, boolean pageBreak) {
        float em = Math.max(prev.em, line.em);
        if (Math.abs(prev.em - line.em) > 0.25f * em) {
            return false; // another font size: a heading or a note
        }
        if (!pageBreak && line.top - prev.bottom > PARAGRAPH_GAP * em) {
            return false;
        }
        return prev.x1 >= margins[1] - RUNS_ON * prev.em && line.x0 < margins[0] + INDENT * line.em;
    }

    private static void flush(StringBuilder paragraph, List<Block> blocks) {
        if (!paragraph.isEmpty()) {
            blocks.add(Block.paragraph(paragraph.toString()));
            paragraph.setLength(0);
        }
    }

    /**
     * A table's rows. Rows with no text are left out. In a table read from alignment, a line without any value is
     * a wrapped label, not a row: it is given as a paragraph, so the label reader joins it with its row.
     */
    private static void rows(List<List<String>> grid, boolean ruled, List<Block> blocks) {
        for (List<String> row : grid) {
            if (row.stream().allMatch(Block::isBlank)) {
                continue;
            }
            if (!ruled && row.stream().noneMatch(c -> !Block.isBlank(c) && UnruledTable.isValue(c))) {
                StringBuilder b = new StringBuilder();
                row.stream().filter(c -> !Block.isCovered(c)).forEach(c -> WideText.append(b, c));
                blocks.add(Block.paragraph(b.toString()));
            } else {
                blocks.add(Block.row(row));
            }
        }
    }
}
