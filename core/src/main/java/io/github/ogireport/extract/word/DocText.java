package io.github.ogireport.extract.word;

import java.util.ArrayList;
import java.util.List;

/**
 * The special characters of .doc text (fields already removed, see {@link WordFields}): {@code \r} ends a
 * paragraph, {@code \u000b} is a manual line break, {@code \u0007} ends a cell or a row, {@code \f} breaks a
 * page or section and {@code \u000e} a column. Anchors of pictures, drawings, footnotes and comments
 * ({@code \u0001}, {@code \u0008}, {@code \u0002}, {@code \u0005}) are not text; {@code \u001e} is a
 * non-breaking hyphen and {@code \u001f} an optional one.
 */
final class DocText {
    private DocText() {
    }

    /** The lines of a paragraph or cell: split at every break, anchors removed, tabs as spaces. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\r', '\n', '\u000b', '\u0007', '\f', '\u000e' -> {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                case '\t' -> line.append(' ');
                case '\u001e' -> line.append('-');
                default -> {
                    if (c >= ' ' || c == '\u00a0') {
                        line.append(c);
                    }
                }
            }
        }
        lines.add(line.toString());
        return lines;
    }
}
