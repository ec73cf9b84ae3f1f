package io.github.ogireport.model;

/** How far a file could be turned into a report. */
public enum Status {
    /** Every template cell was found and nothing is ambiguous. */
    OK,
    /** A report, but some cells are missing, blank or ambiguous; the warnings say which. */
    PARTIAL,
    /** The file could not be read; {@link AnnualReport#error()} says why. */
    FAILED,
    /** The file was readable but is not an OGI annual report. */
    NOT_A_REPORT
}
