package io.github.ogireport.grid;

import io.github.ogireport.model.CellKind;
import io.github.ogireport.model.CellValue;
import io.github.ogireport.model.WarningCode;
import io.github.ogireport.text.Token;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Chooses a row's cells from the values that followed its label (FORMAT.md A8.6, A8.7). Blank cells inside the
 * row keep their place (a blank is never filled by shifting values left); blank cells at either end are dropped
 * only when there are more cells than the template has. When values are still too many, the window that
 * satisfies the row's own arithmetic is taken when it is the only one; otherwise the cells on which the possible
 * windows disagree are {@link CellKind#UNDECIDED} (null, with the readings), never a pick.
 */
final class CellSelector {
    private CellSelector() {
    }

    static Selection select(List<Token> tokens, int expected, Predicate<List<CellValue>> consistent) {
        List<CellValue> values = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            values.add(t.value());
        }
        int from = 0;
        int to = values.size();
        // lone pipes after the last value first: a one-cell-per-line page's filler between rows
        while (to - from > expected && tokens.get(to - 1).isPipeBlank()) {
            to--;
        }
        // leading blanks next: they are the columns a spanning label covers; trailing ones are line-end artefacts
        while (to - from > expected && values.get(from).kind() == CellKind.EMPTY && !tokens.get(from).isPipeBlank()) {
            from++;
        }
        while (to - from > expected && values.get(to - 1).kind() == CellKind.EMPTY) {
            to--;
        }
        List<CellValue> trimmed = values.subList(from, to);
        if (trimmed.size() == expected) {
            return new Selection(List.copyOf(trimmed), null, null);
        }
        if (trimmed.size() < expected) {
            return tooFew(trimmed, expected);
        }
        return tooMany(trimmed, expected, consistent);
    }

    /*
     * The two rows with a problem are methods of their own, apart from the common row above: kept inline, their
     * message building and streams were compiled into every call of select (the JIT compiled a 45 KB method for it,
     * seconds of a core in a short batch), though most rows need neither.
     */

    private static Selection tooFew(List<CellValue> trimmed, int expected) {
        return new Selection(null, WarningCode.TOO_FEW_CELLS,
                trimmed.size() + " values where the template has " + expected + ": " + raw(trimmed));
    }

    /** More values than cells: the one reading they allow, or the cells they disagree on left undecided. */
    private static Selection tooMany(List<CellValue> trimmed, int expected, Predicate<List<CellValue>> consistent) {
        List<List<CellValue>> windows = new ArrayList<>();
        List<List<CellValue>> satisfying = new ArrayList<>();
        for (int start = 0; start + expected <= trimmed.size(); start++) {
            List<CellValue> window = trimmed.subList(start, start + expected);
            windows.add(window);
            if (consistent != null && consistent.test(window)) {
                satisfying.add(window);
            }
        }
        String what = trimmed.size() + " values where the template has " + expected + ": " + raw(trimmed);
        List<List<CellValue>> fitting = satisfying.isEmpty() ? windows : satisfying;
        Set<List<String>> distinct = fitting.stream().map(CellSelector::rawList)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (distinct.size() == 1) {
            return new Selection(List.copyOf(fitting.get(0)), WarningCode.EXTRA_CELLS, what + "; took " + raw(fitting.get(0)) + (satisfying.isEmpty()
                    ? ", the values every choice of " + expected + " neighbours gives" : ", the values that satisfy the"
                    + " row total"));
        }
        // never a pick among readings: the extra values may sit anywhere in the row, so a cell is read only when
        // every value that could be it is the same; the others are undecided, with the values they could be
        int extra = trimmed.size() - expected;
        List<CellValue> cells = new ArrayList<>(expected);
        for (int i = 0; i < expected; i++) {
            Set<String> readings = new LinkedHashSet<>();
            for (int j = i; j <= i + extra; j++) {
                readings.add(trimmed.get(j).raw());
            }
            cells.add(readings.size() == 1 ? trimmed.get(i)
                    : CellValue.undecided(String.join(" ", rawList(trimmed)), List.copyOf(readings)));
        }
        String readings = distinct.stream().map(r -> String.join(" ", r.stream().map(x -> x.isEmpty() ? "(blank)"
                : ConcatenatedRun.shorten(x)).toList())).collect(Collectors.joining(" | "));
        return new Selection(cells, WarningCode.AMBIGUOUS_CELLS, what + "; " + distinct.size() + (satisfying.isEmpty()
                ? " readings are possible and no row total decides: " : " readings satisfy the row total: ")
                + readings + "; the cells they disagree on are left empty (null)");
    }

    private static List<String> rawList(List<CellValue> cells) {
        return cells.stream().map(CellValue::raw).toList();
    }

    private static String raw(List<CellValue> cells) {
        return cells.stream().map(c -> c.raw().isEmpty() ? "(blank)" : ConcatenatedRun.shorten(c.raw()))
                .collect(Collectors.joining(" "));
    }
}
