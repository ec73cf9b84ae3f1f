package io.github.ogireport.verify;

/**
 * One change between two runs on the same file.
 *
 * @param kind what changed
 * @param key the field, cell key, check ({@code T3-A:naturalPerson}) or warning ({@code EXTRA_CELLS@requests.otherHandling})
 * @param before the old value as JSON text, {@code (absent)}, or for a warning its message when removed
 * @param after the new value as JSON text, {@code (absent)}, or for a warning its message when added
 */
public record Change(ChangeKind kind, String key, String before, String after) {
    /** Shown for a value one run has and the other has not. */
    public static final String ABSENT = "(absent)";

    @Override
    public String toString() {
        return kind + " " + key + ": " + before + " -> " + after;
    }
}
