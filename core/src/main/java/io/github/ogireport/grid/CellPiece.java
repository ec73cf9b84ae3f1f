package io.github.ogireport.grid;

import io.github.ogireport.model.CellKind;
import io.github.ogireport.model.CellValue;
import io.github.ogireport.model.ValueType;

import java.math.BigDecimal;

/**
 * Reads a piece cut out of a {@link ConcatenatedRun} as one cell of a column, or refuses it. The rules are those
 * of a printed cell, so that a split never invents a number no table would print: no leading zero except a lone
 * 0; a sign only in a signed column (本年增/减); a decimal part and a unit only in an amount column; a dash
 * placeholder in any column; at most {@value #MAX_DIGITS} digits before the decimal point.
 */
final class CellPiece {
    /** No count of these tables comes near 10^15; the bound also keeps the sums exact in a {@code long}. */
    static final int MAX_DIGITS = 15;
    private static final int MAX_DECIMALS = 4;
    private static final String[] UNITS = {"万元", "元", "万"};
    private static final String DASHES = "-—–―─/~～\\";

    private CellPiece() {
    }

    /** The longest piece a cell of the type can be. */
    static int maxLength(ValueType type) {
        return switch (type) {
            case COUNT -> MAX_DIGITS;
            case SIGNED -> MAX_DIGITS + 1;
            case AMOUNT -> MAX_DIGITS + 1 + MAX_DECIMALS + 2;
        };
    }

    /** The cell that characters {@code from} to {@code to - 1} of the run make in a column, or null. */
    static CellValue read(ConcatenatedRun run, int from, int to, ValueType type) {
        String s = run.text();
        char first = s.charAt(from);
        if (first == ConcatenatedRun.ATOM) {
            return to == from + 1 ? run.atom(from) : null;
        }
        if (isDash(first) && (to == from + 1 || to == from + 2 && s.charAt(from + 1) == first)) {
            return new CellValue(null, CellKind.DASH, s.substring(from, to), null);
        }
        int i = from;
        String sign = "";
        if (type == ValueType.SIGNED && (first == '+' || first == '-' || first == '−')) {
            sign = first == '+' ? "" : "-";
            i++;
        }
        int digitsFrom = i;
        while (i < to && isDigit(s.charAt(i))) {
            i++;
        }
        int digits = i - digitsFrom;
        if (digits == 0 || digits > MAX_DIGITS || digits > 1 && s.charAt(digitsFrom) == '0') {
            return null;
        }
        String number = sign + s.substring(digitsFrom, i);
        String unit = null;
        if (type == ValueType.AMOUNT) {
            if (i < to && s.charAt(i) == '.') {
                int decimalsFrom = ++i;
                while (i < to && isDigit(s.charAt(i))) {
                    i++;
                }
                if (i == decimalsFrom || i - decimalsFrom > MAX_DECIMALS) {
                    return null;
                }
                number += "." + s.substring(decimalsFrom, i);
            }
            unit = unitAt(s, i, to);
            if (unit != null) {
                i += unit.length();
            }
        }
        if (i != to) {
            return null;
        }
        return CellValue.number(new BigDecimal(number), s.substring(from, to), unit);
    }

    private static String unitAt(String s, int from, int to) {
        for (String u : UNITS) {
            if (to - from == u.length() && s.startsWith(u, from)) {
                return u;
            }
        }
        return null;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isDash(char c) {
        return DASHES.indexOf(c) >= 0;
    }
}
