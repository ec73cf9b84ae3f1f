package io.github.ogireport.extract.text;

import io.github.ogireport.document.Block;
import io.github.ogireport.document.ExtractedDocument;
import io.github.ogireport.document.LimitExceeded;
import io.github.ogireport.document.WideText;
import io.github.ogireport.extract.charset.DecodedText;
import io.github.ogireport.extract.charset.TextDecoder;
import io.github.ogireport.model.Limits;
import io.github.ogireport.model.Format;
import io.github.ogireport.model.Warning;
import io.github.ogireport.model.WarningCode;
import io.github.ogireport.document.Cancellation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads flattened plain text (scraped pages, copied Word or PDF text, markdown leftovers) into blocks. A line
 * with two or more tab-separated non-blank cells is a table row whose blank cells are kept; a line that holds
 * only one cell is a paragraph, whatever tabs indent it; a line whose pipes separate cells is a row, with or without
 * pipes at its ends ({@code | a | b |}, {@code a | b |}, {@code a\t|\tb}); a table drawn with box characters (w3m,
 * links) is read as pipes, its rulings dropped; rulings of dashes are dropped, since a dash would read as a value.
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
    /** The last row of a box-drawn table, while the lines after it may continue its cells; else null. */
    private Block boxRow;
    /** The columns of the last lines laid out with runs of spaces (pandoc's plain tables). */
    private final SpacedColumns columns = new SpacedColumns();
    /** How many pipe rows so far had pipes at both ends ({@code | a | b |}) and at the end only ({@code a | b |}). */
    private int bothEndsRows;
    private int trailOnlyRows;
    /** Whether a raw HTML tag goes on from the line before. */
    private boolean inTag;
    /** Whether the lines are inside a pandoc grid table, after a {@code +----+} ruling. */
    private boolean inGrid;

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
     * Splits text decoded already (by format detection: {@code FormatDetector.Detection.text}) into blocks.
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
        if (text.indexOf('\r') < 0 && text.indexOf('\u2028') < 0 && text.indexOf('\u2029') < 0
                && text.indexOf('\f') < 0) {
            readLines(text);
            return;
        }
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

    /**
     * Splits a text whose only line break is LF, as most are, by searching for it: the same lines as the scan of
     * {@link #read} (the last one too, empty after a final LF), without testing every character for five breaks.
     */
    private void readLines(String text) {
        int n = text.length();
        for (int start = 0; ; ) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? n : end;
            Cancellation.check();
            Block block = block(text.substring(start, end));
            if (block != null) {
                blocks.add(block);
                LimitExceeded.checkBlocks(blocks.size(), maxBlocks);
            }
            if (end == n) {
                return;
            }
            start = end + 1;
        }
    }

    private Block block(String rawLine) {
        String line = MarkdownLeftovers.strip(rawLine);
        line = line.replace('\u00A0', ' ');
        if (inTag || line.indexOf('<') >= 0 && RAW_TABLE_TAG.matcher(line).lookingAt()) {
            return rawHtmlLine(line);
        }
        if (BoxDrawing.has(line)) {
            return ruledLine(line, true);
        }
        String stripped = line.strip();
        if (stripped.indexOf('+') >= 0 && isRule(stripped.replace('|', ' '))) {
            // +----+----+ (pandoc's grid tables), |----+----| (links): a ruling between rows, which wrap inside
            boxRow = null;
            inGrid = true;
            dropRuleStub();
            return null;
        }
        if (inGrid && stripped.startsWith("|")) {
            return ruledLine(stripped, false);
        }
        boxRow = null;
        inGrid = false;
        String trimmed = hardBreakless(stripped);
        if (trimmed.isEmpty()) {
            return null;
        }
        if (isRule(trimmed)) {
            dropRuleStub();
            return null;
        }
        char first = trimmed.charAt(0);
        if ((first == '|' || first == ':' || first == '-') && isPipeSeparator(trimmed)) {
            return null;
        }
        if (trimmed.indexOf('|') >= 0) {
            Block row = pipeRow(trimmed, line);
            if (row != NOT_A_ROW) {
                return row;
            }
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
        Block aligned = columns.row(line);
        if (aligned != null) {
            return aligned;
        }
        return Block.paragraph(first == '#' ? HEADING_MARK.matcher(trimmed).replaceFirst("") : trimmed);
    }

    /**
     * The line without a markdown hard break: pandoc ends a line inside a table cell with a backslash after spaces
     * ({@code 政府集中采购    8    5.2 万元    \}), which would read as a dash cell.
     */
    private static String hardBreakless(String trimmed) {
        int n = trimmed.length();
        if (n >= 3 && trimmed.charAt(n - 1) == '\\' && Character.isWhitespace(trimmed.charAt(n - 2))) {
            return trimmed.substring(0, n - 1).strip();
        }
        return trimmed;
    }

    /**
     * Drops the paragraph before a ruling when it is a stub of it: pandoc wraps a long ruling, leaving {@code --} on
     * a line of its own, which would read as a dash cell.
     */
    private void dropRuleStub() {
        if (blocks.isEmpty()) {
            return;
        }
        Block last = blocks.get(blocks.size() - 1);
        String text = last.row() ? "" : last.text();
        if (text.length() >= 2 && text.chars().allMatch(c -> c == '-')) {
            blocks.remove(blocks.size() - 1);
        }
    }

    /**
     * A line of a table ruled between its rows: drawn with box characters (w3m, links), or a pandoc grid table
     * ({@code +----+} rulings, {@code |} cells). A cell whose text wraps goes on in the same column of the next
     * lines, up to the next ruling: such lines are joined into one row, cell by cell, so that a label
     * ({@code 6.属于四类过程性信} / {@code 息}) is whole again.
     */
    private Block ruledLine(String line, boolean box) {
        if (box ? BoxDrawing.isRule(line) : isRule(line.replace('|', ' '))) {
            boxRow = null; // ┌───┬───┐, ├───┼───┤: a table's ruling, no text
            dropRuleStub();
            return null;
        }
        Block previous = boxRow;
        // a line that draws a ruling in some columns ends the row there: the next line starts another
        boxRow = null;
        boolean ruling = box && BoxDrawing.hasRuling(line);
        String pipes = box ? BoxDrawing.asPipes(line) : line;
        Block row = pipeRow(pipes.strip(), pipes);
        if (row == null || row == NOT_A_ROW) {
            boxRow = ruling ? null : previous;
            return null;
        }
        boolean continues = previous != null && row.row() && !blocks.isEmpty()
                && blocks.get(blocks.size() - 1) == previous && previous.cells().size() == row.cells().size();
        if (continues) {
            List<String> joined = new ArrayList<>(row.cells().size());
            for (int c = 0; c < row.cells().size(); c++) {
                StringBuilder b = new StringBuilder(previous.cells().get(c));
                WideText.append(b, row.cells().get(c));
                joined.add(b.toString());
            }
            Block merged = new Block(joined, true);
            blocks.set(blocks.size() - 1, merged);
            boxRow = ruling ? null : merged;
            return null;
        }
        boxRow = row.row() && !ruling ? row : null;
        return row;
    }

    /** A line of a raw HTML table, which pandoc's markdown keeps for tables with merged cells. */
    private static final Pattern RAW_TABLE_TAG = Pattern.compile("\\s*</?(table|thead|tbody|tfoot|tr|td|th|col|colgroup)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * A line of a raw HTML table in markdown: its text without the tags, one cell per line as pandoc writes them
     * ({@code <td>12</td>}); a cell written empty ({@code <td></td>}) is a blank cell of a one-cell-per-line page (a
     * lone pipe). A tag may go on over lines ({@code <th colspan="3"} / {@code rowspan="3">…</th>}).
     */
    private Block rawHtmlLine(String line) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (inTag) {
                inTag = c != '>';
            } else if (c == '<') {
                inTag = true;
            } else {
                text.append(c);
            }
        }
        String t = text.toString().replace("&nbsp;", " ").replace("&amp;", "&").strip();
        if (!t.isEmpty()) {
            return Block.paragraph(t);
        }
        String lower = line.toLowerCase(java.util.Locale.ROOT);
        boolean emptyCell = (lower.contains("<td") || lower.contains("<th")) && (lower.contains("</td>")
                || lower.contains("</th>"));
        return emptyCell ? Block.paragraph("|") : null;
    }

    /** Returned by {@link #pipeRow} for a line whose pipes do not separate cells. */
    private static final Block NOT_A_ROW = Block.paragraph("");

    /**
     * A line with pipes between cells, as scrapers write table rows: {@code | a | b |}, {@code a | b | c |},
     * {@code a\t|\tb}. Blank cells keep their place (trailing ones too: {@code 第二十条第(一)项 | |||}). A line of
     * one cell ending in a pipe ({@code 规章 |}: one cell per line) is that cell; a lone {@code |} is a blank cell of
     * such a layout; {@code ||} and {@code |||} only fill the space between rows. Null for a line to drop, or
     * {@link #NOT_A_ROW} when the pipe is part of the text.
     */
    private Block pipeRow(String trimmed, String line) {
        if (isOnlyPipes(trimmed)) {
            return trimmed.length() == 1 ? Block.paragraph(trimmed) : null;
        }
        boolean lead = trimmed.charAt(0) == '|';
        boolean trail = trimmed.charAt(trimmed.length() - 1) == '|';
        // a pipe at one end only is a separator with a blank cell beyond it when blanks follow it in the line:
        // "\t|\t5\t|\t6" (blank first cell), "规章\t|\t5\t|\t" (blank last cell); "a | b |" ends the row
        if (lead && !trail) {
            lead = false;
        } else if (trail && !lead && line.length() > 0 && Character.isWhitespace(line.charAt(line.length() - 1))) {
            trail = false;
        } else if (lead && trail && trailOnlyRows > bothEndsRows + 1) {
            lead = false; // a page that writes "a | b |": " | b |" has a blank first cell, it is no markdown row
        }
        if (lead && trail) {
            bothEndsRows++;
        } else if (trail) {
            trailOnlyRows++;
        }
        if (!lead && !trail && !hasSpacedPipe(trimmed)) {
            return NOT_A_ROW; // a|b inside a word or a link: not a separator
        }
        String inner = trimmed.substring(lead ? 1 : 0, trail ? trimmed.length() - 1 : trimmed.length());
        List<String> cells = cells(inner, '|');
        if (cells == null) {
            return lead && trail ? null : NOT_A_ROW; // past the cell limit: a markdown row is dropped, as before
        }
        boolean ruling = false;
        for (int c = 0; c < cells.size(); c++) {
            String cell = withoutRuling(cells.get(c));
            ruling |= cell.isEmpty() && !cells.get(c).isEmpty();
            cells.set(c, cell);
        }
        int filled = 0;
        String only = null;
        for (String c : cells) {
            if (!c.isEmpty()) {
                filled++;
                only = c;
            }
        }
        if (filled == 0) {
            if (ruling) {
                dropRuleStub();
            }
            return null; // a row of blank cells (a ruling drawn with pipes, a wrapped row's empty line)
        }
        if (cells.size() == 1) {
            // one cell per line ("规章 |"), or a line of a frame pandoc draws around a page's layout table
            String cell = hardBreakless(only);
            if (isRule(cell)) {
                dropRuleStub();
                return null;
            }
            return Block.paragraph(cell);
        }
        return new Block(cells, true);
    }

    /**
     * A cell without the ruling a text browser drew into it: links draws the rule under a spanning header inside the
     * next cells ({@code 申请人情况-------}, {@code ----+---+----}); a run of three dashes is never a value.
     */
    private static String withoutRuling(String cell) {
        if (cell.indexOf("---") < 0) {
            return cell;
        }
        if (isRule(cell)) {
            return "";
        }
        int end = cell.length();
        while (end > 0 && (cell.charAt(end - 1) == '-' || cell.charAt(end - 1) == '+')) {
            end--;
        }
        int start = 0;
        while (start < end && (cell.charAt(start) == '-' || cell.charAt(start) == '+')) {
            start++;
        }
        boolean ruled = cell.length() - end >= 3 || start >= 3;
        return ruled ? cell.substring(start, end).strip() : cell;
    }

    private static boolean isOnlyPipes(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != '|' && !Character.isWhitespace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a pipe stands between whitespace, as a separator does ({@code a | b}, {@code a\t|\tb}). */
    private static boolean hasSpacedPipe(String s) {
        for (int i = 1; i + 1 < s.length(); i++) {
            if (s.charAt(i) == '|' && Character.isWhitespace(s.charAt(i - 1)) && Character.isWhitespace(s.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A horizontal rule of a text table: dashes, equals signs, plus signs and colons only, with a run of three or
     * more dashes or equals signs ({@code ------ -------}, {@code +----+----+}, {@code =====}). Read as a value it
     * would be a dash in a cell.
     */
    static boolean isRule(String trimmed) {
        int run = 0;
        int longest = 0;
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (c == '-' || c == '=') {
                longest = Math.max(longest, ++run);
            } else if (c == '+' || c == ':' || c == ' ' || c == '\t') {
                run = 0;
            } else {
                return false;
            }
        }
        return longest >= 3;
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
