package io.github.ogireport.grid;

import io.github.ogireport.text.Token;

import java.util.List;

/**
 * A run of label text and the cell tokens that follow it.
 *
 * @param row the template row the label was recognised as, or null
 * @param label the label text as printed (the last text token before the values)
 * @param values the VALUE and EMPTY tokens that follow the label
 * @param labelBlock the block of the label's last text token, or -1 when no label precedes the values
 */
record LabelledRow<R>(R row, String label, List<Token> values, int labelBlock) {
    /**
     * Whether the row's values were printed on its label's line, all of them: the layout evidence that lets a run
     * of digits be cells glued together. Values that go on over the next lines are cells printed apart, not glued.
     */
    boolean onLabelLine() {
        for (Token t : values) {
            if (t.block() != labelBlock) {
                return false;
            }
        }
        return labelBlock >= 0;
    }

    /** Whether the values were all printed on one line (table 四, which has no row label). */
    boolean onOneLine() {
        for (Token t : values) {
            if (t.block() != values.get(0).block()) {
                return false;
            }
        }
        return true;
    }
}
