package io.github.ogireport.verify;

/**
 * One value an expected file lists, compared with what the parser read. The exact-match rates count these;
 * the ones that differ are the {@link Mismatch}es.
 *
 * @param field the field or cell key, such as {@code agency} or {@code cells.requests.granted.total}
 * @param expected the expected value as JSON text
 * @param actual the value read, as JSON text ({@code (absent)} when the report has no such field)
 * @param matched whether the two are equal (numbers by value)
 */
public record ComparedValue(String field, String expected, String actual, boolean matched) {
    /** The cell key when this is a cell ({@code requests.granted.total}), else null. */
    public String cellKey() {
        return field.startsWith(CELLS) ? field.substring(CELLS.length()) : null;
    }

    /**
     * The field this value counts under in the rates: the cell key for a cell, else the top-level field name,
     * so that {@code period.from} and {@code period.to} make one {@code period} per report.
     */
    public String rateKey() {
        String cell = cellKey();
        if (cell != null) {
            return cell;
        }
        int dot = field.indexOf('.');
        return dot < 0 ? field : field.substring(0, dot);
    }

    /** This value as a mismatch (whether or not it matched). */
    public Mismatch toMismatch() {
        return new Mismatch(field, expected, actual);
    }

    private static final String CELLS = "cells.";
}
