package io.github.ogireport.grid;

import io.github.ogireport.model.ActiveColumn;
import io.github.ogireport.model.RequestColumn;
import io.github.ogireport.model.ReviewColumn;
import io.github.ogireport.model.Rule;
import io.github.ogireport.model.ReviewGroup;
import io.github.ogireport.model.ValueType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The cells a split of glued text must fill: the value type of each column, and the groups of neighbouring
 * cells whose last cell is the sum of the others (a row of table 三: T3-B; each group of table 四: T4-A/B/C).
 *
 * @param types the value type of each cell, in printed order
 * @param groups the sum groups, left to right, not overlapping
 */
record RowShape(List<ValueType> types, List<Group> groups) {

    /**
     * Cells {@code from} to {@code to - 1}, the last of which is the sum of the others.
     *
     * @param rule the rule, named in messages
     */
    record Group(int from, int to, Rule rule) {
    }

    /** Made once: the shapes are immutable, and every row of tables 三 and 四 asks for one. */
    private static final RowShape REQUEST = makeRequest();
    private static final RowShape REVIEW = makeReview();

    RowShape {
        types = List.copyOf(types);
        groups = List.copyOf(groups);
    }

    /** A row of table 三: seven counts, the last the sum of the six applicant columns (T3-B). */
    static RowShape request() {
        return REQUEST;
    }

    /** The row of table 四: three groups of five counts, each ending in its total (T4-A, T4-B, T4-C). */
    static RowShape review() {
        return REVIEW;
    }

    private static RowShape makeRequest() {
        int n = RequestColumn.values().length;
        return new RowShape(Collections.nCopies(n, ValueType.COUNT), List.of(new Group(0, n, Rule.T3_B)));
    }

    private static RowShape makeReview() {
        int n = ReviewColumn.values().length;
        List<Group> groups = new ArrayList<>();
        for (ReviewGroup g : ReviewGroup.values()) {
            groups.add(new Group(g.ordinal() * n, g.ordinal() * n + n, g.rule()));
        }
        return new RowShape(Collections.nCopies(n * ReviewGroup.values().length, ValueType.COUNT), groups);
    }

    /** A row of table 二: its columns' types and no sum rule. */
    static RowShape active(List<ActiveColumn> columns) {
        return new RowShape(columns.stream().map(ActiveColumn::type).toList(), List.of());
    }

    /** How many cells the row has. */
    int size() {
        return types.size();
    }

    /** The most characters the row's cells can take together. */
    int longest() {
        return types.stream().mapToInt(CellPiece::maxLength).sum();
    }

    /** The group that starts at a cell, or null. */
    Group groupAt(int cell) {
        for (Group g : groups) {
            if (g.from() == cell) {
                return g;
            }
        }
        return null;
    }

    /** The names of the sum rules, such as {@code T3-B}, or empty when the row has none. */
    String rules() {
        return String.join("/", groups.stream().map(g -> g.rule().id()).toList());
    }
}
