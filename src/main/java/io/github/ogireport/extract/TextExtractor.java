package io.github.ogireport.extract;

import io.github.ogireport.model.Format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads flattened plain text (scraped pages, copied Word or PDF text, markdown leftovers) into blocks. A line
 * with two or more tab-separated non-blank cells is a table row whose blank cells are kept; a line that holds
 * only one cell is a paragraph, whatever tabs indent it; a markdown pipe line {@code | a | b |} is a row.
 */
public final class TextExtractor {
    private static final Pattern PIPE_SEPARATOR = Pattern.compile("^\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?$");
    private static final Pattern HEADING_MARK = Pattern.compile("^#{1,6}\\s+");

    private TextExtractor() {
    }

    /** Decodes the bytes (see {@link TextDecoder}) and splits them into blocks. */
    public static ExtractedDocument extract(byte[] bytes) {
        DecodedText decoded = TextDecoder.decode(bytes);
        return new ExtractedDocument(Format.TEXT, blocks(decoded.text()), decoded.charset(), decoded.reason(),
                java.util.Map.of(), null);
    }

    /** Splits decoded text into blocks. */
    public static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            if (c != '\n' && c != '\r' && c != '\u2028' && c != '\u2029' && c != '\f') {
                continue;
            }
            io.github.ogireport.text.Cancellation.check();
            Block block = block(text.substring(start, i));
            if (block != null) {
                blocks.add(block);
            }
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i++; // \r\n is one line break
            }
            start = i + 1;
        }
        return blocks;
    }

    private static Block block(String rawLine) {
        String line = rawLine.indexOf('*') >= 0 ? rawLine.replace("**", "") : rawLine;
        line = line.replace('\u00A0', ' ');
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        char first = trimmed.charAt(0);
        if ((first == '|' || first == ':' || first == '-') && PIPE_SEPARATOR.matcher(trimmed).matches()) {
            return null;
        }
        if (trimmed.startsWith("|") && trimmed.endsWith("|") && trimmed.length() > 1) {
            List<String> cells = Arrays.stream(trimmed.substring(1, trimmed.length() - 1).split("\\|", -1))
                    .map(String::strip).toList();
            return new Block(cells, true);
        }
        if (line.indexOf('\t') >= 0) {
            List<String> cells = Arrays.stream(line.split("\t", -1)).map(String::strip).toList();
            if (cells.stream().filter(c -> !c.isEmpty()).count() >= 2) {
                return new Block(cells, true);
            }
        }
        return Block.paragraph(first == '#' ? HEADING_MARK.matcher(trimmed).replaceFirst("") : trimmed);
    }
}
