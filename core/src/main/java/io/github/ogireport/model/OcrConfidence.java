package io.github.ogireport.model;

/**
 * The two confidences that decide whether a value read by OCR ({@link Derivation#OCR}) stands, in one place for the
 * readers that give them and the checks that judge them.
 */
public final class OcrConfidence {
    /**
     * A value read with less confidence than this needs a passing check: measured on generated scans, every wrong
     * value the recogniser produced had a confidence under it (see the README's OCR figures).
     */
    public static final double SURE = 0.98;
    /**
     * The confidence of a value the two readers disagreed on, that only the reader allowed nothing but digits gave, or
     * that one reader was sure of and the digit reader, asked again, read as another number: only a passing check
     * lets one stand, and two such values in one check never vouch for each other's other reading unless a passing
     * check of its own confirms one of them.
     */
    public static final double DISPUTED = 0.5;

    private OcrConfidence() {
    }
}
