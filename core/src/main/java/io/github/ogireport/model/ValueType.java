package io.github.ogireport.model;

/** What values a column may hold (docs/FORMAT.md A6). */
public enum ValueType {
    /** A whole number ≥ 0. */
    COUNT,
    /** A whole number that may be negative (本年增/减). */
    SIGNED,
    /** A decimal amount of money, possibly with a unit. */
    AMOUNT
}
