package io.github.ogireport.verify;

/** What {@code verify} concluded about one expected file and its report. */
public enum Verdict {
    /** Every value the expected file lists was read as expected. */
    MATCH,
    /** Some listed value was read differently. */
    MISMATCH,
    /**
     * The expected file is a draft no person has checked ({@code "_unreviewed": true}): its differences are
     * shown, but it is neither a pass nor counted in the rates.
     */
    UNREVIEWED,
    /** The expected file could not be read (not JSON, or not one object). */
    INVALID_EXPECTED,
    /** An expected file with no report file beside it. */
    NO_REPORT;

    /** Whether this verdict lets a run pass. */
    public boolean passes() {
        return this == MATCH;
    }
}
