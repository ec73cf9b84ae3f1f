package io.github.ogireport.verify;

/**
 * One difference between an expected file and what the parser read.
 *
 * @param field the field or cell key, such as {@code agency} or {@code cells.requests.granted.total}
 * @param expected the expected value as JSON text
 * @param actual the value read, as JSON text
 */
public record Mismatch(String field, String expected, String actual) {
    @Override
    public String toString() {
        return field + ": expected " + expected + ", got " + actual;
    }
}
