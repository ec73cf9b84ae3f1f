package io.github.ogireport.model;

/** What a table cell held in the source, kept apart from its numeric value. */
public enum CellKind {
    /** A number (possibly signed or with a unit). */
    NUMBER,
    /** The cell exists but is blank (a blank is not a 0). */
    EMPTY,
    /** A placeholder dash or slash: {@code -}, {@code —}, {@code /}. */
    DASH,
    /** Text that is not a number, such as {@code 无}. */
    TEXT,
    /**
     * Printed, but which number it is cannot be decided: several readings fit, OCR below its threshold, or an amount
     * whose unit nothing names. The value is null; {@link CellValue#candidates()} lists the readings where few.
     */
    UNDECIDED,
    /** The cell was not found in the document at all. */
    MISSING
}
