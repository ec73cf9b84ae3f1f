package io.github.ogireport.verify;

/**
 * An exact-match rate: of the values compared, how many were read exactly as expected.
 *
 * @param compared how many values were compared
 * @param matched how many of them matched
 */
public record Rate(int compared, int matched) {
    public Rate {
        if (compared < 0 || matched < 0 || matched > compared) {
            throw new IllegalArgumentException("matched " + matched + " of " + compared);
        }
    }

    /** The share matched, from 0 to 1; NaN when nothing was compared. */
    public double rate() {
        return compared == 0 ? Double.NaN : (double) matched / compared;
    }

    /** This rate with one more value compared. */
    Rate plus(boolean match) {
        return new Rate(compared + 1, matched + (match ? 1 : 0));
    }
}
