package io.github.ogireport.verify;

/** The kinds of change between two runs on the same file, in the order a diff lists them. */
public enum ChangeKind {
    /** {@code status} changed, such as OK → PARTIAL. */
    STATUS,
    /** {@code template} changed. */
    TEMPLATE,
    /** A metadata field changed: format, title, agency, year, publishDate, period or error. */
    METADATA,
    /** A cell's value changed, or the cell exists in one run only. */
    CELL,
    /** An arithmetic check's result flipped, or the check exists in one run only. */
    CHECK,
    /** A warning the new run has and the old did not. */
    WARNING_ADDED,
    /** A warning the old run had and the new does not. */
    WARNING_REMOVED
}
