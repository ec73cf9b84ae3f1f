package io.github.ogireport.extract.layout;

/**
 * A straight horizontal or vertical line drawn on a page (a stroked segment, or a filled rectangle thin enough to
 * be a line), in page coordinates.
 *
 * @param horizontal whether the line runs left to right (else top to bottom)
 * @param at its y (horizontal) or x (vertical) position
 * @param from where it starts along its direction
 * @param to where it ends, {@code to >= from}
 *
 * <p>Public (with the members they use) for {@code extract.pdf} and {@code extract.image}; not API.
 */
public record Ruling(boolean horizontal, float at, float from, float to) {

    float length() {
        return to - from;
    }

    /** Whether this line and a perpendicular one meet, allowing {@code tolerance} points of slack at the ends. */
    boolean meets(Ruling other, float tolerance) {
        return other.at >= from - tolerance && other.at <= to + tolerance
                && at >= other.from - tolerance && at <= other.to + tolerance;
    }

    /** Whether this line covers the point {@code p} along its direction. */
    boolean covers(float p, float tolerance) {
        return p >= from - tolerance && p <= to + tolerance;
    }
}
