package io.github.ogireport.extract.text;

import java.util.regex.Pattern;

/**
 * What pandoc's markdown leaves around a page's text (FORMAT.md A8.17): bold marks, spans with attributes
 * ({@code [一、总体情况]{style="…"}}), attribute blocks after headings ({@code {#id .class}}) and fenced divs
 * ({@code ::: info}, {@code :::}), and the backslash of a hard line break. Without them a heading, a title and a cell read as the page shows them.
 */
final class MarkdownLeftovers {
    /** An attribute block left after a heading or a span's text: {@code {#id style="…"}}, {@code {.lab}}. */
    private static final Pattern ATTRIBUTES = Pattern.compile("\\{[#.][^{}]*}|\\{(?:style|lang|class|align)=[^{}]*}");
    /** A fenced div's opening or closing line. */
    private static final Pattern FENCE = Pattern.compile("^\\s*:::+(?:\\s.*)?$");

    private MarkdownLeftovers() {
    }

    /** The line without markdown leftovers; an empty string for a line that is only a fence. */
    static String strip(String line) {
        String s = line.indexOf('*') >= 0 ? line.replace("**", "") : line;
        if (s.indexOf(':') >= 0 && FENCE.matcher(s).matches()) {
            return "";
        }
        if (s.endsWith("\\")) {
            s = s.substring(0, s.length() - 1); // a hard line break
        }
        if (s.indexOf('{') >= 0) {
            s = SpannedText.plain(s); // spans first: their attributes would otherwise go as attribute blocks
            s = ATTRIBUTES.matcher(s).replaceAll("");
        }
        return s;
    }
}
