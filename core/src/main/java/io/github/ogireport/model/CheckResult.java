package io.github.ogireport.model;

/** The outcome of one arithmetic rule on one column, row or group. */
public enum CheckResult {
    /** The numbers agree. */
    PASS,
    /** The numbers disagree: the detail of the check shows them. */
    FAIL,
    /** A cell the rule needs is blank, a dash or missing: neither a pass nor a failure. */
    NOT_ASSESSABLE
}
