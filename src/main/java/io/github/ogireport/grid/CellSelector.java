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
 * satisfies the row's own arithmetic is taken, else the last one, with a warning.
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
        // leading blanks first: they are the columns a spanning label covers; trailing ones are line-end artefacts
        while (to - from > expected && values.get(from).kind() == CellKind.EMPTY) {
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
            return new Selection(null, WarningCode.TOO_FEW_CELLS,
                    trimmed.size() + " values where the template has " + expected + ": " + raw(trimmed));
        }
        List<List<CellValue>> satisfying = new ArrayList<>();
        for (int start = 0; start + expected <= trimmed.size(); start++) {
            List<CellValue> window = trimmed.subList(start, start + expected);
            if (consistent != null && consistent.test(window)) {
                satisfying.add(window);
            }
        }
        String what = trimmed.size() + " values where the template has " + expected + ": " + raw(trimmed);
        if (satisfying.isEmpty()) {
            return new Selection(List.copyOf(trimmed.subList(trimmed.size() - expected, trimmed.size())),
                    WarningCode.AMBIGUOUS_CELLS, what + "; no choice satisfies the row total, the last "
                    + expected + " were taken");
        }
        Set<List<String>> distinct = satisfying.stream().map(CellSelector::rawList)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<CellValue> chosen = List.copyOf(satisfying.get(satisfying.size() - 1));
        if (distinct.size() == 1) {
            return new Selection(chosen, WarningCode.EXTRA_CELLS, what + "; took " + raw(chosen)
                    + ", the values that satisfy the row total");
        }
        return new Selection(chosen, WarningCode.AMBIGUOUS_CELLS, what + "; " + distinct.size()
                + " choices satisfy the row total, the last was taken: " + raw(chosen));
    }

    private static List<String> rawList(List<CellValue> cells) {
        return cells.stream().map(CellValue::raw).toList();
    }

    private static String raw(List<CellValue> cells) {
        return cells.stream().map(c -> c.raw().isEmpty() ? "(blank)" : ConcatenatedRun.shorten(c.raw()))
                .collect(Collectors.joining(" "));
    }
}
