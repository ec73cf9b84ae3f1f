package io.github.ogireport.grid;

import io.github.ogireport.document.Cancellation;
import io.github.ogireport.model.Derivation;
import io.github.ogireport.text.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs labels with the values that follow them, in reading order. Neighbouring text tokens are read as one
 * label, so a label broken over lines ({@code （三）⏎不予⏎公开⏎1.属于国家秘密}) is still found; values are never
 * paired by header order, only by what precedes them. In table 三, whose rows are numbered items, an item that
 * starts after the last label found ({@code 4.无正当理由大量反复⏎申请⏎5.要求行政机关确认或} with the rest of 5's label
 * lost) is a row of its own that was not recognised: its values are not given to the label before it.
 */
final class RowScanner {
    /** The number that starts an item of a table 三 group ({@code 5.}, {@code （五）}) in normalised text. */
    private static final java.util.regex.Pattern ITEM = java.util.regex.Pattern.compile(
            "(?<![0-9.])[1-9][.．、](?![0-9])|[(（][一二三四五六七八九十][)）]");

    private RowScanner() {
    }

    static <R> List<LabelledRow<R>> scan(List<Token> tokens, LabelMatcher<R> matcher) {
        return scan(tokens, matcher, false);
    }

    /** @param numbered whether the rows are numbered items, so that an item after a label ends it (table 三) */
    static <R> List<LabelledRow<R>> scan(List<Token> tokens, LabelMatcher<R> matcher, boolean numbered) {
        List<LabelledRow<R>> rows = new ArrayList<>();
        StringBuilder labelNorm = new StringBuilder();
        String lastText = "";
        int lastTextBlock = -1;
        List<Token> values = null;
        for (Token t : tokens) {
            Cancellation.check();
            if (t.kind() == Token.Kind.TEXT) {
                if (values != null) {
                    labelNorm.setLength(0);
                    values = null;
                }
                // a long run of prose or headers only needs its tail: labels sit at its end
                if (labelNorm.length() > 400) {
                    labelNorm.delete(0, labelNorm.length() - 200);
                }
                labelNorm.append(t.norm());
                lastText = t.raw();
                lastTextBlock = t.block();
                continue;
            }
            int split = values != null && numbered ? unlabelledRecognisedRow(values, t) : -1;
            if (split >= 0) {
                List<Token> next = new ArrayList<>(values.subList(split, values.size()));
                values.subList(split, values.size()).clear();
                values = next;
                rows.add(new LabelledRow<>(null, "", values, -1));
            }
            if (values == null) {
                values = new ArrayList<>();
                R row = labelNorm.isEmpty() ? null : match(matcher, labelNorm.toString(), numbered);
                rows.add(new LabelledRow<>(row, labelNorm.isEmpty() ? "" : lastText, values,
                        labelNorm.isEmpty() ? -1 : lastTextBlock));
            }
            values.add(t);
        }
        return rows;
    }

    /**
     * Where the values of a table row of a recognised page start that follows the row of {@code values} with no
     * label of its own (its label cell read as nothing), {@code next} being its first number: the numbers of another
     * row, not more of this one's, with the blank cells before them in that row. -1 when {@code next} is no such
     * row's. On a text page values go on over lines; a lattice row read by OCR is one row.
     */
    private static int unlabelledRecognisedRow(List<Token> values, Token next) {
        if (next.kind() != Token.Kind.VALUE || !next.value().how().contains(Derivation.OCR)) {
            return -1;
        }
        int start = values.size();
        while (start > 0 && values.get(start - 1).block() == next.block()) {
            if (values.get(start - 1).kind() != Token.Kind.EMPTY) {
                return -1; // a number of this block came before: the row goes on
            }
            start--;
        }
        if (start == 0) {
            return -1;
        }
        Token last = values.get(start - 1);
        return last.kind() == Token.Kind.VALUE && last.value().how().contains(Derivation.OCR) ? start : -1;
    }

    /** The row of the last label in {@code norm}, or null when none is found or a new item starts after it. */
    private static <R> R match(LabelMatcher<R> matcher, String norm, boolean numbered) {
        LabelMatcher.Found<R> found = matcher.find(norm);
        if (found == null || numbered && ITEM.matcher(norm).region(found.end(), norm.length()).find()) {
            return null;
        }
        return found.row();
    }
}
