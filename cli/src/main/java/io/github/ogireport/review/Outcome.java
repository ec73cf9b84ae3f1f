package io.github.ogireport.review;

import io.github.ogireport.model.RequestRow;

/**
 * The outcomes of requests (table 三's handling results) grouped as the template groups them, for the outcome shares
 * per year: each group is its rows' key prefix and the template's printed group label.
 */
enum Outcome {
    GRANTED("granted", "予以公开"),
    PARTIALLY_GRANTED("partiallyGranted", "部分公开"),
    DENIED("denied", "不予公开"),
    UNABLE("unable", "无法提供"),
    REJECTED("rejected", "不予处理"),
    OTHER("other", "其他处理");

    private final String prefix;
    private final String label;

    Outcome(String prefix, String label) {
        this.prefix = prefix;
        this.label = label;
    }

    String key() {
        return prefix;
    }

    String label() {
        return label;
    }

    /** The group of a handling row: the longest prefix that fits ({@code partiallyGranted} is not {@code granted}). */
    static Outcome of(RequestRow row) {
        Outcome best = null;
        for (Outcome o : values()) {
            if (row.key().startsWith(o.prefix) && (best == null || o.prefix.length() > best.prefix.length())) {
                best = o;
            }
        }
        return best;
    }
}
