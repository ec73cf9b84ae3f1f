package io.github.ogireport.text;

import io.github.ogireport.model.CellValue;

/**
 * One token of a document: a run of label text, a value (number, dash, placeholder) or an empty table cell.
 *
 * @param kind what the token is
 * @param raw the text as in the source
 * @param norm the matching form ({@link MatchText}) of a TEXT token; empty for others
 * @param value the cell value of a VALUE or EMPTY token; null for TEXT
 * @param block the index of the block it came from
 */
public record Token(Kind kind, String raw, String norm, CellValue value, int block) {

    /** The kinds of tokens. */
    public enum Kind {
        TEXT, VALUE, EMPTY
    }

    /** Whether this token can fill a table cell. */
    public boolean isCell() {
        return kind != Kind.TEXT;
    }

    /**
     * Whether this is a lone pipe of a page flattened one cell per line: a blank cell, or filler after a row's
     * last cell; it never stands for a merged label column.
     */
    public boolean isPipeBlank() {
        return kind == Kind.EMPTY && Tokenizer.PIPE_BLANK.equals(raw);
    }
}
