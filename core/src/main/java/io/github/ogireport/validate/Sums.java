package io.github.ogireport.validate;

import io.github.ogireport.model.CellValue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** Exact sums over cells; a sum over a blank, dash or missing cell has no value. */
public final class Sums {
    private Sums() {
    }

    /** The sum of the cells, or null when any of them is not a number. */
    public static BigDecimal sum(List<CellValue> cells) {
        BigDecimal sum = BigDecimal.ZERO;
        for (CellValue c : cells) {
            if (!c.isNumber()) {
                return null;
            }
            sum = sum.add(c.value());
        }
        return sum;
    }

    /** The sum of the cells, or null when any of them is not a number. */
    public static BigDecimal sum(CellValue[] cells) {
        return sum(Arrays.asList(cells)); // a view, not a copy
    }

    /** Whether the last cell of a row equals the sum of the others (all numbers). */
    public static boolean lastIsSumOfRest(List<CellValue> row) {
        BigDecimal parts = sum(row.subList(0, row.size() - 1));
        CellValue total = row.get(row.size() - 1);
        return parts != null && total.isNumber() && parts.compareTo(total.value()) == 0;
    }
}
