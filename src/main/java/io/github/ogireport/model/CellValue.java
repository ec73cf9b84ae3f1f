package io.github.ogireport.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One table cell: its numeric value (null unless the kind is {@link CellKind#NUMBER}), the raw text as printed,
 * and the unit written next to the number, if any.
 *
 * @param value the number, or null
 * @param kind what the source held
 * @param raw the text as printed (empty for blank or missing cells)
 * @param unit the unit written with the number ({@code 万元}, {@code 元}, …) or null
 */
public record CellValue(BigDecimal value, CellKind kind, String raw, String unit) {

    private static final CellValue MISSING = new CellValue(null, CellKind.MISSING, "", null);
    private static final CellValue EMPTY = new CellValue(null, CellKind.EMPTY, "", null);

    public CellValue {
        Objects.requireNonNull(kind, "kind");
        raw = raw == null ? "" : raw;
        if ((value != null) != (kind == CellKind.NUMBER)) {
            throw new IllegalArgumentException("a value goes with kind NUMBER only: " + kind + " " + value);
        }
    }

    /** A cell that was not found. */
    public static CellValue missing() {
        return MISSING;
    }

    /** A cell that exists but is blank. */
    public static CellValue empty() {
        return EMPTY;
    }

    /** A number as printed. */
    public static CellValue number(BigDecimal value, String raw, String unit) {
        return new CellValue(Objects.requireNonNull(value, "value"), CellKind.NUMBER, raw, unit);
    }

    /** Whether the cell holds a number. */
    public boolean isNumber() {
        return kind == CellKind.NUMBER;
    }

    /** Whether the cell holds a whole number of at most 18 digits, so that {@code value().longValue()} is exact. */
    public boolean isSmallWholeNumber() {
        return isNumber() && value.scale() <= 0 && value.precision() - value.scale() <= 18;
    }

    /**
     * Appends the number as {@link BigDecimal#toPlainString()} writes it; a small whole number, most cells, without
     * making that string.
     */
    public StringBuilder appendPlainNumber(StringBuilder b) {
        return isSmallWholeNumber() ? b.append(value.longValue()) : b.append(value.toPlainString());
    }
}
