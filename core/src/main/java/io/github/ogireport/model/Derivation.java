package io.github.ogireport.model;

/**
 * How a cell's value was decided rather than read as printed: the {@code how} list of a cell detail (docs/FORMAT.md B1,
 * contract version 2). A value read as one printed number has no derivation.
 */
public enum Derivation {
    /** Split out of digits printed together without a separator ({@code 000} → 0, 0, 0). */
    GLUED_DIGITS,
    /** Placed into its row from a table whose rows were torn apart (page breaks, moved lines). */
    TORN_ROW,
    /** Converted to the column's unit ({@code 251000元} → 25.1 万元). */
    UNIT_CONVERTED,
    /** Recognised from a page image; the cell also has a confidence. */
    OCR
}
