package io.github.ogireport.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One table cell: its numeric value (null unless the kind is {@link CellKind#NUMBER}), the raw text as printed,
 * the unit written next to the number, and, for a value decided rather than read, how it was decided.
 *
 * @param value the number, or null
 * @param kind what the source held
 * @param raw the text as printed (empty for blank or missing cells)
 * @param unit the unit written with the number ({@code 万元}, {@code 元}, …) or null
 * @param how the ways the value was decided rather than read, in {@link Derivation} order; empty when read as printed
 * @param confidence how sure a recogniser (OCR) is of the value, 0–1, or null when the value was not recognised
 * @param candidates the readings that fit an {@link CellKind#UNDECIDED} cell, as text, where there are few; else empty
 */
public record CellValue(BigDecimal value, CellKind kind, String raw, String unit, Set<Derivation> how,
                        Double confidence, List<String> candidates) {

    private static final CellValue MISSING = new CellValue(null, CellKind.MISSING, "", null);
    private static final CellValue EMPTY = new CellValue(null, CellKind.EMPTY, "", null);

    /**
     * Checks and copies the parts of a cell.
     *
     * @param value the number, or null
     * @param kind what the source held
     * @param raw the text as printed (null is read as empty)
     * @param unit the unit written with the number, or null
     * @param how the ways the value was decided rather than read (null is read as none)
     * @param confidence how sure a recogniser is of the value, 0–1, or null
     * @param candidates the readings that fit an undecided cell (null is read as none)
     * @throws IllegalArgumentException when a value goes with a kind other than NUMBER, or the confidence is not in 0–1
     */
    public CellValue {
        Objects.requireNonNull(kind, "kind");
        raw = raw == null ? "" : raw;
        how = how == null || how.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(how));
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
        if ((value != null) != (kind == CellKind.NUMBER)) {
            throw new IllegalArgumentException("a value goes with kind NUMBER only: " + kind + " " + value);
        }
        if (confidence != null && !(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("a confidence is between 0 and 1: " + confidence);
        }
    }

    /**
     * A cell read as printed: no derivation, no confidence, no candidates.
     *
     * @param value the number, or null
     * @param kind what the source held
     * @param raw the text as printed
     * @param unit the unit written with the number, or null
     */
    public CellValue(BigDecimal value, CellKind kind, String raw, String unit) {
        this(value, kind, raw, unit, Set.of(), null, List.of());
    }

    /** {@return a cell that was not found} */
    public static CellValue missing() {
        return MISSING;
    }

    /** {@return a cell that exists but is blank} */
    public static CellValue empty() {
        return EMPTY;
    }

    /**
     * A number as printed.
     *
     * @param value the number
     * @param raw the text as printed
     * @param unit the unit written with the number, or null
     * @return a cell of kind NUMBER
     */
    public static CellValue number(BigDecimal value, String raw, String unit) {
        return new CellValue(Objects.requireNonNull(value, "value"), CellKind.NUMBER, raw, unit);
    }

    /**
     * A printed cell whose number cannot be decided.
     *
     * @return a cell of kind UNDECIDED
     * @param raw the text as printed
     * @param candidates the readings that fit, as text, where there are few (may be empty)
     */
    public static CellValue undecided(String raw, List<String> candidates) {
        return new CellValue(null, CellKind.UNDECIDED, raw, null, Set.of(), null, candidates);
    }

    /**
     * This cell with one more way in which its value was decided rather than read.
     *
     * @param derivation how the value was decided
     * @return a cell with the derivation added (this cell when it has it already)
     */
    public CellValue decidedBy(Derivation derivation) {
        if (how.contains(derivation)) {
            return this;
        }
        EnumSet<Derivation> more = how.isEmpty() ? EnumSet.noneOf(Derivation.class) : EnumSet.copyOf(how);
        more.add(derivation);
        return new CellValue(value, kind, raw, unit, more, confidence, candidates);
    }

    /**
     * This cell with a recogniser's confidence in it.
     *
     * @param confidence 0–1
     * @return a cell with the confidence
     */
    public CellValue withConfidence(double confidence) {
        return new CellValue(value, kind, raw, unit, how, confidence, candidates);
    }

    /** {@return whether the cell holds a number} */
    public boolean isNumber() {
        return kind == CellKind.NUMBER;
    }

    /** {@return whether the value was decided rather than read as printed ({@link #how()} is not empty)} */
    public boolean isDecided() {
        return !how.isEmpty();
    }

    /**
     * Whether the cell says nothing that its number alone does not: a number read as printed, with no unit, written
     * exactly as the value's plain digits (no sign, no leading or trailing zeros, no separators). The output contract
     * (version 2) leaves such a cell out of {@code cellDetails}.
     *
     * @return true when the cell needs no detail beside its number
     */
    public boolean isPlainNumber() {
        if (!isNumber() || unit != null || !how.isEmpty() || confidence != null) {
            return false;
        }
        if (isSmallWholeNumber()) {
            return raw.equals(Long.toString(value.longValue()));
        }
        return raw.equals(value.toPlainString()) && (value.scale() <= 0 || !raw.endsWith("0"));
    }

    /**
     * {@return whether the cell holds a whole number of at most 18 digits} Then {@code value().longValue()} is exact.
     */
    public boolean isSmallWholeNumber() {
        return isNumber() && value.scale() <= 0 && value.precision() - value.scale() <= 18;
    }

    /**
     * Appends the number as {@link BigDecimal#toPlainString()} writes it; a small whole number, most cells, without
     * making that string.
     *
     * @param b where to append it
     * @return {@code b}
     */
    public StringBuilder appendPlainNumber(StringBuilder b) {
        return isSmallWholeNumber() ? b.append(value.longValue()) : b.append(value.toPlainString());
    }
}
