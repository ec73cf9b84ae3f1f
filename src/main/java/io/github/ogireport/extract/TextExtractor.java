package io.github.ogireport.extract;

import io.github.ogireport.Limits;
import io.github.ogireport.model.Format;
import io.github.ogireport.model.Warning;
import io.github.ogireport.model.WarningCode;
import io.github.ogireport.text.Cancellation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads flattened plain text (scraped pages, copied Word or PDF text, markdown leftovers) into blocks. A line
 * with two or more tab-separated non-blank cells is a table row whose blank cells are kept; a line that holds
 * only one cell is a paragraph, whatever tabs indent it; a markdown pipe line {@code | a | b |} is a row.
 *
 * <p>Lines are read one at a time and checked by hand rather than by regular expressions with repeated groups,
 * which recurse once per repetition in {@link java.util.regex} and overflow the stack on a line of a million
 * {@code |---|} cells. Plain text marks no table boundaries, so its rows count against the cell limit together:
 * past it, rows are dropped with a warning (a real report's text has a few hundred cells).
 */
public final class TextExtractor {
    private static final Pattern HEADING_MARK = Pattern.compile("^#{1,6}\\s+");

    private final int maxCells;
    private final int maxBlocks;
    private int cellsLeft;
    private final List<Block> blocks = new ArrayList<>();
    private final List<Warning> warnings = new ArrayList<>();

    private TextExtractor(Limits limits) {
        this.maxCells = limits.maxCellsPerTable();
        this.maxBlocks = limits.maxBlocks();
        this.cellsLeft = maxCells;
    }

    /** Decodes the bytes (see {@link TextDecoder}) and splits them into blocks, within the default limits. */
    public static ExtractedDocument extract(byte[] bytes) {
        return extract(bytes, Limits.DEFAULT);
    }

    /**
     * Decodes the bytes (see {@link TextDecoder}) and splits them into blocks.
     *
     * @throws LimitExceeded when the text has more lines than {@link Limits#maxBlocks()}
     */
    public static ExtractedDocument extract(byte[] bytes, Limits limits) {
        return extract(TextDecoder.decode(bytes), limits);
    }

    /**
     * Splits text decoded already (by format detection: {@link FormatDetector.Detection#text}) into blocks.
     *
     * @throws LimitExceeded when the text has more lines than {@link Limits#maxBlocks()}
     */
    public static ExtractedDocument extract(DecodedText decoded, Limits limits) {
        TextExtractor extractor = new TextExtractor(limits);
        extractor.read(decoded.text());
        return new ExtractedDocument(Format.TEXT, extractor.blocks, decoded.charset(), decoded.reason(), Map.of(),
                null, extractor.warnings);
    }

    /** Splits decoded text into blocks, within the default limits. */
    public static List<Block> blocks(String text) {
        TextExtractor extractor = new TextExtractor(Limits.DEFAULT);
        extractor.read(text);
        return extractor.blocks;
    }

    /** Splits at every line break: CR LF, CR, LF, the Unicode line and paragraph separators, and form feeds. */
    private void read(String text) {
        int start = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : '\n';
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\f') {
                Cancellation.check();
                Block block = block(text.substring(start, i));
                if (block != null) {
                    blocks.add(block);
                    LimitExceeded.checkBlocks(blocks.size(), maxBlocks);
                }
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
    }

    private Block block(String rawLine) {
        String line = MarkdownLeftovers.strip(rawLine);
        line = line.replace('\u00A0', ' ');
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        char first = trimmed.charAt(0);
        if ((first == '|' || first == ':' || first == '-') && isPipeSeparator(trimmed)) {
            return null;
        }
        if (trimmed.startsWith("|") && trimmed.endsWith("|") && trimmed.length() > 1) {
            List<String> cells = cells(trimmed.substring(1, trimmed.length() - 1), '|');
            return cells == null ? null : new Block(cells, true);
        }
        if (trimmed.indexOf('\t') >= 0) {
            List<String> cells = cells(line, '\t');
            if (cells == null) {
                return null;
            }
            if (hasTwoCells(cells)) {
                return new Block(cells, true);
            }
        }
        return Block.paragraph(first == '#' ? HEADING_MARK.matcher(trimmed).replaceFirst("") : trimmed);
    }

    private static boolean hasTwoCells(List<String> cells) {
        int filled = 0;
        for (String c : cells) {
            if (!c.isEmpty() && ++filled == 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * The stripped cells of a row, or null when the document's rows already hold as many cells as the limit allows
     * (a row cut short there is dropped whole, as a table's last rows are).
     */
    private List<String> cells(String row, char separator) {
        List<String> cells = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= row.length(); i++) {
            if (i == row.length() || row.charAt(i) == separator) {
                if (cellsLeft == 0) {
                    if (warnings.isEmpty()) {
                        warnings.add(new Warning(WarningCode.LIMIT_REACHED, "line " + (blocks.size() + 1),
                                "the text's table rows have more than " + maxCells + " cells, the limit per table: "
                                        + "rows from here on were not read"));
                    }
                    return null;
                }
                cellsLeft--;
                cells.add(row.substring(start, i).strip());
                start = i + 1;
            }
        }
        return cells;
    }

    /** A markdown table's separator line: {@code |---|:---:|}, cells of three or more dashes with optional colons. */
    static boolean isPipeSeparator(String trimmed) {
        int from = trimmed.startsWith("|") ? 1 : 0;
        int to = trimmed.length() > from && trimmed.endsWith("|") ? trimmed.length() - 1 : trimmed.length();
        if (from >= to) {
            return false;
        }
        int cellStart = from;
        for (int i = from; i <= to; i++) {
            if (i == to || trimmed.charAt(i) == '|') {
                if (!isSeparatorCell(trimmed, cellStart, i)) {
                    return false;
                }
                cellStart = i + 1;
            }
        }
        return true;
    }

    private static boolean isSeparatorCell(String s, int from, int to) {
        while (from < to && Character.isWhitespace(s.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
            to--;
        }
        if (from < to && s.charAt(from) == ':') {
            from++;
        }
        if (to > from && s.charAt(to - 1) == ':') {
            to--;
        }
        if (to - from < 3) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (s.charAt(i) != '-') {
                return false;
            }
        }
        return true;
    }
}
