package io.github.ogireport.grid;

import io.github.ogireport.text.Token;

import java.util.List;

/**
 * A run of label text and the cell tokens that follow it.
 *
 * @param row the template row the label was recognised as, or null
 * @param label the label text as printed (the last text token before the values)
 * @param values the VALUE and EMPTY tokens that follow the label
 */
record LabelledRow<R>(R row, String label, List<Token> values) {
}
