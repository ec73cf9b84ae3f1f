package io.github.ogireport.grid;

import io.github.ogireport.document.Cancellation;
import io.github.ogireport.text.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs labels with the values that follow them, in reading order. Neighbouring text tokens are read as one
 * label, so a label broken over lines ({@code （三）⏎不予⏎公开⏎1.属于国家秘密}) is still found; values are never
 * paired by header order, only by what precedes them.
 */
final class RowScanner {
    private RowScanner() {
    }

    static <R> List<LabelledRow<R>> scan(List<Token> tokens, LabelMatcher<R> matcher) {
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
            if (values == null) {
                values = new ArrayList<>();
                R row = labelNorm.isEmpty() ? null : matcher.match(labelNorm.toString());
                rows.add(new LabelledRow<>(row, labelNorm.isEmpty() ? "" : lastText, values,
                        labelNorm.isEmpty() ? -1 : lastTextBlock));
            }
            values.add(t);
        }
        return rows;
    }
}
