package io.github.ogireport.grid;

import io.github.ogireport.model.CellValue;
import io.github.ogireport.model.ValueType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Enumerates the ways to cut a {@link ConcatenatedRun} into the cells of a row ({@link RowShape}), keeping the
 * ones whose sum groups add up. Each cell must read as a printed cell of its column ({@link CellPiece}).
 *
 * <p>A sum group is searched total first: the total is a piece ending where the group ends, and since no part
 * exceeds the total, no part has more digits than what remains of it; parts are then cut left to right with the
 * remaining sum as a bound. However the digits of a stretch are cut, its pieces add up to its digit sum modulo 9,
 * so a stretch whose digit sum disagrees with the remaining sum modulo 9 is dropped at once (casting out nines).
 * This prunes almost every branch of long runs. The work is still exponential in
 * the worst case, so every step is counted against a {@link WorkBudget} and the search gives up when it is
 * spent, and it stops counting after a cap of candidates.
 */
final class SplitSearch {
    private final ConcatenatedRun run;
    private final RowShape shape;
    private final WorkBudget budget;
    private final int cap;
    private final boolean sums;
    private final int length;
    private final int[] nextCut;
    private final int[] roomAfter;
    private final boolean placeholders;
    /** Digit sums and counts of other characters before each position, for casting out nines. */
    private final int[] digitSum;
    private final int[] others;
    private final CellValue[] current;
    private final List<List<CellValue>> found = new ArrayList<>();
    private boolean more;
    private boolean gaveUp;

    private SplitSearch(ConcatenatedRun run, RowShape shape, WorkBudget budget, int cap, boolean sums) {
        this.run = run;
        this.shape = shape;
        this.budget = budget;
        this.cap = cap;
        this.sums = sums;
        this.length = run.length();
        this.current = new CellValue[shape.size()];
        this.nextCut = new int[length + 1];
        int cut = length;
        for (int i = length; i >= 0; i--) {
            nextCut[i] = cut;
            if (i > 0 && run.cutBefore(i)) {
                cut = i;
            }
        }
        // the most characters cells c, c+1, … can take together: more left over means no split
        this.roomAfter = new int[shape.size() + 1];
        for (int c = shape.size() - 1; c >= 0; c--) {
            roomAfter[c] = roomAfter[c + 1] + CellPiece.maxLength(shape.types().get(c));
        }
        this.digitSum = new int[length + 1];
        this.others = new int[length + 1];
        for (int i = 0; i < length; i++) {
            char ch = run.text().charAt(i);
            boolean digit = ch >= '0' && ch <= '9';
            digitSum[i + 1] = digitSum[i] + (digit ? ch - '0' : 0);
            others[i + 1] = others[i] + (digit ? 0 : 1);
        }
        this.placeholders = others[length] > 0;
    }

    /**
     * The splits of a run into a row's cells.
     *
     * @param budget the steps the search may take
     * @param cap the most candidates to collect; beyond it the result says there are more
     */
    static Splits of(ConcatenatedRun run, RowShape shape, WorkBudget budget, int cap) {
        SplitSearch ruled = new SplitSearch(run, shape, budget, cap, !shape.groups().isEmpty());
        ruled.cells(0, 0);
        if (!ruled.found.isEmpty() || ruled.gaveUp || !ruled.sums) {
            return new Splits(ruled.found, true, ruled.more, ruled.gaveUp);
        }
        // no split satisfies the sums: say whether the digits alone allow one split (then the values are certain
        // and the checks will show the source's own inconsistency) or several
        SplitSearch any = new SplitSearch(run, shape, budget, 1, false);
        any.cells(0, 0);
        return new Splits(any.found, false, any.more, any.gaveUp);
    }

    private boolean step() {
        if (more || gaveUp) {
            return false;
        }
        if (!budget.spend()) {
            gaveUp = true;
            return false;
        }
        return true;
    }

    private void cells(int cell, int pos) {
        if (!step()) {
            return;
        }
        int n = shape.size();
        if (cell == n) {
            if (pos == length) {
                emit();
            }
            return;
        }
        int left = length - pos;
        if (left < n - cell || left > roomAfter[cell]) {
            return;
        }
        RowShape.Group g = sums ? shape.groupAt(cell) : null;
        if (g != null) {
            group(g, pos);
            return;
        }
        ValueType type = shape.types().get(cell);
        int last = Math.min(nextCut[pos], pos + CellPiece.maxLength(type));
        for (int end = pos + 1; end <= last; end++) {
            CellValue v = CellPiece.read(run, pos, end, type);
            if (v != null) {
                current[cell] = v;
                cells(cell + 1, end);
            }
        }
    }

    /** A sum group from {@code pos}: its end, then its total, then the parts that add up to it. */
    private void group(RowShape.Group g, int pos) {
        int k = g.to() - g.from();
        int cellsAfter = shape.size() - g.to();
        int lastEnd = Math.min(length - cellsAfter, pos + k * CellPiece.MAX_DIGITS);
        for (int end = pos + k; end <= lastEnd; end++) {
            if (length - end > roomAfter[g.to()]) {
                continue;
            }
            for (int d = 1; d <= CellPiece.MAX_DIGITS && end - d >= pos + k - 1; d++) {
                if (!step()) {
                    return;
                }
                if (nextCut[end - d] < end) {
                    break; // the total cannot reach over a cut the source kept
                }
                CellValue total = CellPiece.read(run, end - d, end, shape.types().get(g.to() - 1));
                if (total == null) {
                    continue;
                }
                current[g.to() - 1] = total;
                boolean assessable = total.isNumber();
                parts(g, g.from(), pos, end - d, assessable ? total.value().longValueExact() : 0, assessable, end);
            }
        }
    }

    /**
     * Cuts {@code [pos, stop)} into the group's parts from {@code cell} on. While the group is assessable (every
     * piece a number) the parts must add up to {@code remaining}: a part has at most as many digits as it.
     */
    private void parts(RowShape.Group g, int cell, int pos, int stop, long remaining, boolean assessable, int groupEnd) {
        if (!step()) {
            return;
        }
        int left = g.to() - 1 - cell;
        if (left == 0) {
            if (pos == stop && (!assessable || remaining == 0)) {
                cells(g.to(), groupEnd);
            }
            return;
        }
        int room = stop - pos;
        if (assessable && others[stop] == others[pos] && (digitSum[stop] - digitSum[pos]) % 9 != remaining % 9) {
            return; // however digits are cut, the parts add up to their digit sum modulo 9: casting out nines
        }
        int widest = assessable ? digits(remaining) : CellPiece.MAX_DIGITS;
        if (placeholders) {
            widest = Math.max(widest, 2); // a dash placeholder takes up to two characters
        }
        if (room < left || room > (long) left * widest) {
            return;
        }
        ValueType type = shape.types().get(cell);
        int last = Math.min(Math.min(nextCut[pos], stop), pos + Math.min(widest, CellPiece.maxLength(type)));
        for (int end = pos + 1; end <= last; end++) {
            CellValue v = CellPiece.read(run, pos, end, type);
            if (v == null) {
                continue;
            }
            current[cell] = v;
            if (!assessable || !v.isNumber()) {
                parts(g, cell + 1, end, stop, 0, false, groupEnd);
                continue;
            }
            long x = v.value().longValueExact();
            if (x > remaining) {
                break; // longer pieces from here are larger still
            }
            parts(g, cell + 1, end, stop, remaining - x, true, groupEnd);
        }
    }

    private static int digits(long n) {
        int d = 1;
        for (long rest = n / 10; rest > 0; rest /= 10) {
            d++;
        }
        return d;
    }

    private void emit() {
        if (found.size() == cap) {
            more = true;
            return;
        }
        found.add(List.copyOf(Arrays.asList(current)));
    }
}
