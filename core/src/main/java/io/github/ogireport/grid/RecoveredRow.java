package io.github.ogireport.grid;

import io.github.ogireport.model.CellKind;
import io.github.ogireport.model.CellValue;
import io.github.ogireport.model.Derivation;
import io.github.ogireport.model.Warning;
import io.github.ogireport.model.WarningCode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What one row of glued cells comes to: the value of every cell on which all surviving splits agree, null for the
 * cells they disagree on (never a guess), and the warnings that say which cells were recovered, how, and what the
 * candidates are.
 */
final class RecoveredRow {
    private static final int LISTED = 6;

    private final Map<String, CellValue> cells = new LinkedHashMap<>();
    private final List<String> undecided = new ArrayList<>();
    private final List<Warning> warnings = new ArrayList<>();
    private String plain;

    private RecoveredRow() {
    }

    /**
     * @param keys the row's cell keys, in order
     * @param run the glued text
     * @param splits what the search found for the row alone
     * @param survivors the splits still possible after the whole table was considered (the same as the candidates
     *                  for a row decided alone)
     * @param how what decided among several candidates, such as "the column rules T3-A and T3-C"; null if nothing
     *            beyond the row
     * @param rules the row's own rules, such as T3-B; empty for none
     */
    static RecoveredRow of(List<String> keys, ConcatenatedRun run, Splits splits, List<List<CellValue>> survivors,
                           String how, String rules) {
        RecoveredRow r = new RecoveredRow();
        String glued = "“" + run.shown() + "”";
        if (splits.gaveUp()) {
            r.undecide(keys, run, List.of());
            r.warnings.add(new Warning(WarningCode.RECOVERY_LIMIT, summarize(keys, keys), glued + " holds " + keys.size()
                    + " cells glued together, but the search for its splits reached its work limit; the row is left"
                    + " empty (null)"));
            return r;
        }
        if (!splits.rulesHold() && splits.more()) {
            r.undecide(keys, run, List.of());
            r.warnings.add(new Warning(WarningCode.UNDECIDED_CONCATENATED, summarize(keys, keys), glued + " holds "
                    + keys.size() + " cells glued together; no split satisfies " + rules + " and the digits allow "
                    + "several, so the row is left empty (null)"));
            return r;
        }
        if (splits.more()) {
            r.undecide(keys, run, List.of()); // more splits than were kept: the readings are not all known
            r.warnings.add(new Warning(WarningCode.UNDECIDED_CONCATENATED, summarize(keys, keys), glued + " holds "
                    + keys.size() + " cells glued together and more than " + splits.candidates().size()
                    + " splits fit" + (rules.isEmpty() ? "" : " " + rules) + ": " + listed(splits.candidates())
                    + "; the row is left empty (null)"));
            return r;
        }
        List<String> decided = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            CellValue agreed = agreed(survivors, i);
            if (agreed != null) {
                r.cells.put(keys.get(i), agreed.decidedBy(Derivation.GLUED_DIGITS));
                decided.add(keys.get(i));
            } else {
                r.undecide(List.of(keys.get(i)), run, readings(survivors, i));
            }
        }
        if (decided.size() == keys.size() && splits.rulesHold() && run.length() == keys.size()) {
            r.plain = run.shown(); // one character per cell: told once per table, with the others like it
            return r;
        }
        if (!decided.isEmpty()) {
            List<CellValue> shown = new ArrayList<>();
            keys.forEach(k -> shown.add(r.undecided.contains(k) ? null : r.cells.get(k)));
            r.warnings.add(new Warning(WarningCode.RECOVERED_CONCATENATED, summarize(decided, keys), glued + " holds "
                    + keys.size() + " cells glued together: read as " + row(shown) + "; "
                    + reason(run, keys.size(), splits, survivors, how, rules)));
        }
        if (!r.undecided.isEmpty()) {
            r.warnings.add(new Warning(WarningCode.UNDECIDED_CONCATENATED, summarize(r.undecided, keys), glued + ": "
                    + survivors.size() + " splits fit" + (rules.isEmpty() ? "" : " " + rules)
                    + (how == null ? "" : " and " + how) + ": " + listed(survivors) + "; "
                    + String.join(", ", r.undecided) + " left empty (null)"
                    + (decided.isEmpty() ? "" : ", the other cells agree in every split")));
        }
        return r;
    }

    /** Why the values are certain. */
    private static String reason(ConcatenatedRun run, int cells, Splits splits, List<List<CellValue>> survivors,
                                 String how, String rules) {
        int n = splits.candidates().size();
        if (!splits.rulesHold()) {
            return "the only split the characters allow; it does not satisfy " + rules + " (see the checks)";
        }
        if (run.length() == cells) {
            return "one character per cell";
        }
        if (n == 1) {
            return rules.isEmpty() ? "the only split into cells these columns can hold"
                    : "the only split that satisfies " + rules;
        }
        if (survivors.size() == 1) {
            return n + " splits fit" + (rules.isEmpty() ? "" : " " + rules) + " (" + listed(splits.candidates())
                    + "); only this one agrees with " + (how == null ? "the rest of the table" : how);
        }
        return "the cells named agree in all " + survivors.size() + " splits that fit";
    }

    /** Leaves cells null: printed (the glued text) but not decided, with the readings that fit where known. */
    private void undecide(List<String> keys, ConcatenatedRun run, List<String> candidates) {
        for (String k : keys) {
            cells.put(k, CellValue.undecided(run.shown(), candidates));
            undecided.add(k);
        }
    }

    /** The distinct readings of the cell at a position among the splits that fit, or none when they are many. */
    private static List<String> readings(List<List<CellValue>> survivors, int i) {
        LinkedHashSet<String> readings = new LinkedHashSet<>();
        for (List<CellValue> s : survivors) {
            CellValue v = s.get(i);
            readings.add(v.kind() == CellKind.EMPTY ? "(blank)" : v.raw());
        }
        return readings.size() <= LISTED ? List.copyOf(readings) : List.of();
    }

    /** The cell value all candidates share at a position, or null. */
    private static CellValue agreed(List<List<CellValue>> candidates, int i) {
        CellValue first = candidates.get(0).get(i);
        for (List<CellValue> c : candidates) {
            CellValue v = c.get(i);
            boolean same = v.kind() == first.kind() && v.raw().equals(first.raw());
            if (!same) {
                return null;
            }
        }
        return first;
    }

    private static String listed(List<List<CellValue>> candidates) {
        String shown = candidates.stream().limit(LISTED).map(RecoveredRow::row).collect(Collectors.joining(" | "));
        return candidates.size() > LISTED ? shown + " | … (" + candidates.size() + " in all)" : shown;
    }

    private static String row(List<CellValue> cells) {
        return cells.stream().map(c -> c == null ? "?" : c.raw().isEmpty() ? "(blank)" : c.raw())
                .collect(Collectors.joining(" "));
    }

    /** Keys named in a warning: {@code row.*} for every key of a row, else the keys themselves. */
    private static String summarize(List<String> keys, List<String> all) {
        Map<String, List<String>> byRow = new LinkedHashMap<>();
        for (String k : keys) {
            byRow.computeIfAbsent(k.substring(0, k.lastIndexOf('.')), x -> new ArrayList<>()).add(k);
        }
        List<String> parts = new ArrayList<>();
        byRow.forEach((row, ks) -> {
            long width = all.stream().filter(k -> k.startsWith(row + ".")).count();
            if (ks.size() == width && width > 1) {
                parts.add(row + ".*");
            } else {
                parts.addAll(ks);
            }
        });
        return String.join(", ", parts);
    }

    /**
     * The cells to place: decided values (marked {@link Derivation#GLUED_DIGITS}), and an
     * {@link CellKind#UNDECIDED} cell holding the glued text, with its readings, for each undecided one.
     */
    Map<String, CellValue> cells() {
        return cells;
    }

    /** The keys left null. */
    List<String> undecided() {
        return undecided;
    }

    /**
     * The glued text when it held exactly one character per cell (so that no choice was made and no warning of
     * its own is needed), else null.
     */
    String plain() {
        return plain;
    }

    /** What to tell about the row. */
    List<Warning> warnings() {
        return warnings;
    }
}
