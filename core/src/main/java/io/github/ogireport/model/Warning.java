package io.github.ogireport.model;

/**
 * Something that is off in a report that could still be read.
 *
 * @param code a stable code such as {@code EXTRA_CELLS}
 * @param where the cell key, row or section concerned, or null
 * @param message a sentence for people
 */
public record Warning(WarningCode code, String where, String message) {
}
