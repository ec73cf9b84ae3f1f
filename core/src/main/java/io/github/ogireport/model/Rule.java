package io.github.ogireport.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The format's arithmetic rules (勾稽关系, FORMAT.md A6), each with the cells its two sides add up: the one
 * definition that the checks apply and that the table solver uses to repair glued rows of table 三.
 */
public enum Rule {
    /** Per column of table 三: newReceived + carriedOver = totalProcessed + carriedForward. */
    T3_A("T3-A"),
    /** Per row of table 三: the total column = the six applicant columns. */
    T3_B("T3-B"),
    /** Per column of table 三: totalProcessed = the handling-result rows of the template. */
    T3_C("T3-C"),
    /** Table 四, 行政复议: the total = the four outcomes. */
    T4_A("T4-A"),
    /** Table 四, 行政诉讼·未经复议直接起诉: the total = the four outcomes. */
    T4_B("T4-B"),
    /** Table 四, 行政诉讼·复议后起诉: the total = the four outcomes. */
    T4_C("T4-C");

    private final String id;

    Rule(String id) {
        this.id = id;
    }

    /**
     * One rule applied to one scope: the sum of the cells {@code left} equals the sum of the cells {@code right}.
     *
     * @param rule the rule
     * @param scope the column, row or group key it is applied to, as in {@link Check#scope()}
     * @param left the cell keys of the left side, in the order the check's detail shows them
     * @param right the cell keys of the right side, likewise
     */
    public record Equation(Rule rule, String scope, List<String> left, List<String> right) {
        /**
         * Copies the sides.
         *
         * @param rule the rule
         * @param scope the column, row or group key it is applied to
         * @param left the cell keys of the left side
         * @param right the cell keys of the right side
         */
        public Equation {
            left = List.copyOf(left);
            right = List.copyOf(right);
        }
    }

    /**
     * Built on first use, not with the constants: {@link ReviewGroup} names its rule, so building these while the
     * enums are still being made would see the groups half made.
     */
    private static final class Built {
        static final List<Equation> V2019 = build(TemplateVersion.V2019);
        static final List<Equation> V2021 = build(TemplateVersion.V2021);
    }

    /** {@return the id the output contract writes, such as {@code T3-A}} */
    public String id() {
        return id;
    }

    /** The id, such as {@code T3-A}: a rule joined into text reads as the contract writes it. */
    @Override
    public String toString() {
        return id;
    }

    /**
     * The rule of an id.
     *
     * @param id an id such as {@code T3-A}
     * @return the rule, or empty when no rule has that id
     */
    public static Optional<Rule> ofId(String id) {
        for (Rule r : values()) {
            if (r.id.equals(id)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /**
     * Every rule of a template applied to every scope, rule by rule (T3-A per column, T3-B per row, T3-C per
     * column, then T4-A/B/C); empty for a template without tables.
     *
     * @param template the template
     * @return its equations
     */
    public static List<Equation> equations(TemplateVersion template) {
        return switch (template) {
            case V2019 -> Built.V2019;
            case V2021 -> Built.V2021;
            default -> List.of();
        };
    }

    private static List<Equation> build(TemplateVersion template) {
        List<Equation> equations = new ArrayList<>();
        for (Rule rule : values()) {
            rule.addEquations(template, equations);
        }
        return List.copyOf(equations);
    }

    private void addEquations(TemplateVersion template, List<Equation> out) {
        List<RequestRow> rows = RequestRow.of(template);
        switch (this) {
            case T3_A -> {
                for (RequestColumn c : RequestColumn.values()) {
                    out.add(new Equation(this, c.key(),
                            List.of(CellKeys.of(RequestRow.NEW_RECEIVED, c), CellKeys.of(RequestRow.CARRIED_OVER, c)),
                            List.of(CellKeys.of(RequestRow.TOTAL_PROCESSED, c), CellKeys.of(RequestRow.CARRIED_FORWARD, c))));
                }
            }
            case T3_B -> {
                for (RequestRow r : rows) {
                    List<String> parts = new ArrayList<>();
                    for (RequestColumn c : RequestColumn.values()) {
                        if (c != RequestColumn.TOTAL) {
                            parts.add(CellKeys.of(r, c));
                        }
                    }
                    out.add(new Equation(this, r.key(), List.of(CellKeys.of(r, RequestColumn.TOTAL)), parts));
                }
            }
            case T3_C -> {
                for (RequestColumn c : RequestColumn.values()) {
                    out.add(new Equation(this, c.key(), List.of(CellKeys.of(RequestRow.TOTAL_PROCESSED, c)),
                            rows.stream().filter(RequestRow::isHandlingResult).map(r -> CellKeys.of(r, c)).toList()));
                }
            }
            case T4_A, T4_B, T4_C -> {
                for (ReviewGroup g : ReviewGroup.values()) {
                    if (g.rule() == this) {
                        List<String> parts = new ArrayList<>();
                        for (ReviewColumn c : ReviewColumn.values()) {
                            if (c != ReviewColumn.TOTAL) {
                                parts.add(CellKeys.of(g, c));
                            }
                        }
                        out.add(new Equation(this, g.key(), List.of(CellKeys.of(g, ReviewColumn.TOTAL)), parts));
                    }
                }
            }
        }
    }
}
