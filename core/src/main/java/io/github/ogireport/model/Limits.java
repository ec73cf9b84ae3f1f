package io.github.ogireport.model;

import io.github.ogireport.model.ErrorType;
import java.time.Duration;

/**
 * What one document may cost the parser, so that a hostile or broken file scraped from the web fails on its own
 * instead of taking a batch down with it. Immutable; start from {@link #DEFAULT} and change what you need:
 *
 * <pre>{@code
 * Limits limits = Limits.DEFAULT.withMaxBytes(16L << 20).withTimeout(Duration.ofSeconds(10));
 * ReportParser parser = ReportParser.builder().limits(limits).build();
 * }</pre>
 *
 * <p>A file over {@code maxBytes} or {@code maxBlocks}, or nested deeper than {@code maxDepth} in a Word document,
 * fails with {@link ErrorType#TOO_LARGE}; one that takes longer than {@code timeout} fails with
 * {@link ErrorType#TIMED_OUT}. A table over {@code maxCellsPerTable} is cut to the limit and an HTML
 * page nested deeper than {@code maxDepth} is read flattened; both say so in a {@code LIMIT_REACHED} warning.
 *
 * @param maxBytes bytes per file; larger files are refused before they are read into memory
 * @param maxPages pages per PDF document; longer ones fail as {@code TOO_LARGE} (read by the PDF extractor)
 * @param maxCellsPerTable grid cells (rows × columns) per table of an HTML page or Word document, and cells per
 *                         row of a plain-text table; rows past the limit are dropped with a warning
 * @param maxDepth element nesting depth: HTML elements deeper than this are read as if they were less deep
 *                 (jsoup's own guard); a Word document nested deeper fails before its XML is loaded
 * @param maxBlocks paragraphs, lines and table rows per document: what the text the parser holds in memory grows
 *                  with, far beyond any real report (a few thousand)
 * @param timeout time per document, checked cooperatively between the steps of the pipeline
 */
public record Limits(long maxBytes, int maxPages, int maxCellsPerTable, int maxDepth, int maxBlocks, Duration timeout) {
    /**
     * The defaults: 64 MiB per file, 1,000 pages per PDF, 100,000 cells per table, nesting 512 deep (jsoup's
     * default), 200,000 blocks per document, 60 seconds per document.
     */
    public static final Limits DEFAULT = new Limits(64L << 20, 1_000, 100_000, 512, 200_000, Duration.ofSeconds(60));

    /**
     * Checks the limits.
     *
     * @param maxBytes bytes per file
     * @param maxPages pages per PDF document
     * @param maxCellsPerTable grid cells per table
     * @param maxDepth element nesting depth
     * @param maxBlocks paragraphs, lines and table rows per document
     * @param timeout time per document
     * @throws IllegalArgumentException when a limit is not positive
     */
    public Limits {
        if (maxBytes < 1 || maxPages < 1 || maxCellsPerTable < 1 || maxDepth < 1 || maxBlocks < 1) {
            throw new IllegalArgumentException("every limit must be at least 1: " + maxBytes + " bytes, " + maxPages
                    + " pages, " + maxCellsPerTable + " cells, depth " + maxDepth + ", " + maxBlocks + " blocks");
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the timeout must be positive: " + timeout);
        }
    }

    /**
     * {@return these limits with another size limit per file}
     *
     * @param bytes bytes per file
     */
    public Limits withMaxBytes(long bytes) {
        return new Limits(bytes, maxPages, maxCellsPerTable, maxDepth, maxBlocks, timeout);
    }

    /**
     * {@return these limits with another page limit per PDF}
     *
     * @param pages pages per PDF document
     */
    public Limits withMaxPages(int pages) {
        return new Limits(maxBytes, pages, maxCellsPerTable, maxDepth, maxBlocks, timeout);
    }

    /**
     * {@return these limits with another cell limit per table}
     *
     * @param cells grid cells per table
     */
    public Limits withMaxCellsPerTable(int cells) {
        return new Limits(maxBytes, maxPages, cells, maxDepth, maxBlocks, timeout);
    }

    /**
     * {@return these limits with another nesting depth}
     *
     * @param depth element nesting depth
     */
    public Limits withMaxDepth(int depth) {
        return new Limits(maxBytes, maxPages, maxCellsPerTable, depth, maxBlocks, timeout);
    }

    /**
     * {@return these limits with another block limit per document}
     *
     * @param blocks paragraphs, lines and table rows per document
     */
    public Limits withMaxBlocks(int blocks) {
        return new Limits(maxBytes, maxPages, maxCellsPerTable, maxDepth, blocks, timeout);
    }

    /**
     * {@return these limits with another time limit per document}
     *
     * @param time time per document
     */
    public Limits withTimeout(Duration time) {
        return new Limits(maxBytes, maxPages, maxCellsPerTable, maxDepth, maxBlocks, time);
    }
}
