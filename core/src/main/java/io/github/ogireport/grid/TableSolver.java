package io.github.ogireport.grid;

import io.github.ogireport.model.CellKeys;
import io.github.ogireport.model.CellValue;
import io.github.ogireport.model.RequestColumn;
import io.github.ogireport.model.RequestRow;
import io.github.ogireport.model.Rule;
import io.github.ogireport.model.TemplateVersion;
import io.github.ogireport.document.Cancellation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides the glued rows of table 三 jointly, over the whole table rather than row by row. Every row is a variable
 * whose domain is its candidate splits (a row read normally has one); the column rules tie the rows together:
 * T3-A (newReceived + carriedOver = totalProcessed + carriedForward) and T3-C (totalProcessed = the handling rows),
 * for each of the seven columns, as {@link Rule#equations} defines them for the checks. The row rule T3-B is
 * already in the candidates.
 *
 * <p>The solver first removes candidates that no choice of the other rows can balance in some column (the sums
 * the other rows can reach are computed as a set), then enumerates the remaining combinations, counting its steps
 * against a {@link WorkBudget}. A candidate survives if it takes part in some solution; when the budget runs out,
 * the candidates left after the first phase survive, which is a safe superset. A rule that no choice can satisfy
 * (the source itself is inconsistent there) is left out, so that it does not block the others, and the checks
 * will report it as FAIL; when the rules cannot hold together, the rows are decided by their own rule alone.
 */
final class TableSolver {
    private static final int SUMSET_CAP = 4096;

    /** The column rules of table 三 that tie rows together; T3-B is already in each row's candidates. */
    private static final Set<Rule> COLUMN_RULES = EnumSet.of(Rule.T3_A, Rule.T3_C);
    /** The row and the column of each cell key of table 三, to read the rules' cell keys as rows. */
    private static final Map<String, RequestRow> ROW_OF = new HashMap<>();
    private static final Map<String, RequestColumn> COLUMN_OF = new HashMap<>();

    static {
        for (RequestRow r : RequestRow.values()) {
            for (RequestColumn c : RequestColumn.values()) {
                ROW_OF.put(CellKeys.of(r, c), r);
                COLUMN_OF.put(CellKeys.of(r, c), c);
            }
        }
    }

    /**
     * One column rule: the sum of {@code coefficient × cell} over its rows is zero.
     *
     * @param rule the rule
     * @param scope the column's key, as the checks name it
     */
    private record Equation(Rule rule, String scope, int column, List<RequestRow> rows, int[] coefficients) {
        /** The rule and column, as the checks name them ({@code T3-A:naturalPerson}). */
        String name() {
            return rule.id() + ":" + scope;
        }
    }

    /**
     * What the solver decided.
     *
     * @param survivors for every row given, the candidates that take part in a solution
     * @param relaxed the rules left out because no choice of candidates satisfies them
     * @param columnRules whether the column rules took part (false: they cannot hold together, so each row was
     *                    decided by its own rule alone)
     * @param exhaustive whether every solution was seen (false: the budget ran out, survivors are a superset)
     * @param used the rules that took part, each named once
     */
    record Result(Map<RequestRow, List<List<CellValue>>> survivors, List<String> relaxed, boolean columnRules,
                  boolean exhaustive, List<Rule> used) {
    }

    private final Map<RequestRow, List<List<CellValue>>> domains;
    private final WorkBudget budget;

    private TableSolver(Map<RequestRow, List<List<CellValue>>> domains, WorkBudget budget) {
        this.domains = domains;
        this.budget = budget;
    }

    /**
     * @param domains for each row found, its candidates (each the seven cells of the row); rows not found are absent
     */
    static Result solve(TemplateVersion template, Map<RequestRow, List<List<CellValue>>> domains, WorkBudget budget) {
        TableSolver solver = new TableSolver(domains, budget);
        List<Equation> rules = solver.constraining(equations(template));
        Result r = solver.solveWith(rules);
        if (r != null) {
            return r;
        }
        List<Equation> kept = new ArrayList<>();
        List<String> relaxed = new ArrayList<>();
        for (Equation e : rules) {
            if (solver.solveWith(List.of(e)) == null) {
                relaxed.add(e.name());
            } else {
                kept.add(e);
            }
        }
        if (!relaxed.isEmpty()) {
            r = solver.solveWith(kept);
            if (r != null) {
                return new Result(r.survivors(), relaxed, true, r.exhaustive(), r.used());
            }
        }
        return new Result(copy(domains), List.of(), false, true, List.of());
    }

    /** The column rules of a template, each read as rows with a sign: left side +1, right side -1. */
    private static List<Equation> equations(TemplateVersion template) {
        List<Equation> equations = new ArrayList<>();
        for (Rule.Equation e : Rule.equations(template)) {
            if (!COLUMN_RULES.contains(e.rule())) {
                continue;
            }
            List<RequestRow> rows = new ArrayList<>();
            int[] coefficients = new int[e.left().size() + e.right().size()];
            int column = -1;
            for (String key : e.left()) {
                coefficients[rows.size()] = 1;
                rows.add(ROW_OF.get(key));
                column = COLUMN_OF.get(key).ordinal();
            }
            for (String key : e.right()) {
                coefficients[rows.size()] = -1;
                rows.add(ROW_OF.get(key));
            }
            equations.add(new Equation(e.rule(), e.scope(), column, List.copyOf(rows), coefficients));
        }
        return equations;
    }

    /** The rules that can narrow something: every row found, some row undecided, no fixed cell blank. */
    private List<Equation> constraining(List<Equation> all) {
        List<Equation> out = new ArrayList<>();
        for (Equation e : all) {
            boolean present = true;
            boolean open = false;
            for (RequestRow r : e.rows()) {
                List<List<CellValue>> d = domains.get(r);
                if (d == null || d.size() == 1 && !d.get(0).get(e.column()).isNumber()) {
                    present = false;
                    break;
                }
                open |= d.size() > 1;
            }
            if (present && open) {
                out.add(e);
            }
        }
        return out;
    }

    /** The survivors under some rules, or null when no choice of candidates satisfies them all. */
    private Result solveWith(List<Equation> rules) {
        Map<RequestRow, List<List<CellValue>>> dom = copy(domains);
        if (!propagate(rules, dom)) {
            return null;
        }
        Enumeration e = new Enumeration(rules, dom);
        e.run(0);
        List<Rule> used = rules.stream().map(Equation::rule).distinct().toList();
        if (e.exhausted) {
            return new Result(dom, List.of(), true, false, used);
        }
        if (e.solutions == 0) {
            return null;
        }
        Map<RequestRow, List<List<CellValue>>> survivors = new LinkedHashMap<>(dom);
        for (int v = 0; v < e.vars.size(); v++) {
            List<List<CellValue>> d = dom.get(e.vars.get(v));
            List<List<CellValue>> kept = new ArrayList<>();
            for (int i = e.used[v].nextSetBit(0); i >= 0; i = e.used[v].nextSetBit(i + 1)) {
                kept.add(d.get(i));
            }
            survivors.put(e.vars.get(v), kept);
        }
        return new Result(survivors, List.of(), true, true, used);
    }

    /** Removes candidates no choice of the other rows can balance; false when a row has none left. */
    private boolean propagate(List<Equation> rules, Map<RequestRow, List<List<CellValue>>> dom) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Equation e : rules) {
                Cancellation.check();
                for (int i = 0; i < e.rows().size(); i++) {
                    // a row down to one candidate is checked too: the others may no longer balance it
                    List<List<CellValue>> d = dom.get(e.rows().get(i));
                    Set<Long> others = sumsWithout(e, i, dom);
                    if (others == null) {
                        continue;
                    }
                    List<List<CellValue>> kept = new ArrayList<>();
                    for (List<CellValue> cand : d) {
                        Long v = count(cand.get(e.column()));
                        if (v == null || others.contains(-e.coefficients()[i] * v)) {
                            kept.add(cand);
                        }
                    }
                    if (kept.isEmpty()) {
                        return false;
                    }
                    if (kept.size() < d.size()) {
                        dom.put(e.rows().get(i), kept);
                        changed = true;
                    }
                }
                if (!budget.spend()) {
                    return true; // the enumeration will notice the spent budget and keep these domains
                }
            }
        }
        return true;
    }

    /**
     * Every sum the rows of a rule other than row {@code skip} can make, or null when any sum is possible (a row
     * may hold a blank there) or the set grows too large to be worth it.
     */
    private static Set<Long> sumsWithout(Equation e, int skip, Map<RequestRow, List<List<CellValue>>> dom) {
        Set<Long> sums = new HashSet<>();
        sums.add(0L);
        for (int j = 0; j < e.rows().size(); j++) {
            if (j == skip) {
                continue;
            }
            Set<Long> values = new HashSet<>();
            for (List<CellValue> cand : dom.get(e.rows().get(j))) {
                Long v = count(cand.get(e.column()));
                if (v == null) {
                    return null;
                }
                values.add(e.coefficients()[j] * v);
            }
            Set<Long> next = new HashSet<>();
            for (long s : sums) {
                for (long v : values) {
                    next.add(s + v);
                }
            }
            if (next.size() > SUMSET_CAP) {
                return null;
            }
            sums = next;
        }
        return sums;
    }

    /** A cell as a whole number for the sum sets, or null (blank, dash, or not a whole number). */
    private static Long count(CellValue c) {
        if (!c.isNumber()) {
            return null;
        }
        try {
            return c.value().longValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    /** A copy in template order, whose lists the solver may replace. */
    private static Map<RequestRow, List<List<CellValue>>> copy(Map<RequestRow, List<List<CellValue>>> m) {
        Map<RequestRow, List<List<CellValue>>> ordered = new EnumMap<>(RequestRow.class);
        ordered.putAll(m);
        return new LinkedHashMap<>(ordered);
    }

    /** Every combination of the undecided rows' candidates that satisfies the rules, as far as the budget allows. */
    private final class Enumeration {
        final List<Equation> rules;
        final Map<RequestRow, List<List<CellValue>>> dom;
        final List<RequestRow> vars = new ArrayList<>();
        final BitSet[] used;
        final int[] choice;
        /** The rules to check once variable i is chosen: those whose last undecided row it is. */
        final List<List<Equation>> checkAt = new ArrayList<>();
        long solutions;
        boolean exhausted;

        Enumeration(List<Equation> rules, Map<RequestRow, List<List<CellValue>>> dom) {
            this.rules = rules;
            this.dom = dom;
            // only rows some rule ties to others: a row no rule touches keeps every candidate
            dom.forEach((row, d) -> {
                if (d.size() > 1 && rules.stream().anyMatch(e -> e.rows().contains(row))) {
                    vars.add(row);
                }
            });
            used = new BitSet[vars.size()];
            choice = new int[vars.size()];
            for (int v = 0; v < vars.size(); v++) {
                used[v] = new BitSet();
                checkAt.add(new ArrayList<>());
            }
            for (Equation e : rules) {
                int last = -1;
                for (RequestRow r : e.rows()) {
                    last = Math.max(last, vars.indexOf(r));
                }
                if (last >= 0) {
                    checkAt.get(last).add(e);
                }
            }
        }

        void run(int v) {
            if (exhausted) {
                return;
            }
            if (!budget.spend()) {
                exhausted = true;
                return;
            }
            if (v == vars.size()) {
                solutions++;
                for (int i = 0; i < vars.size(); i++) {
                    used[i].set(choice[i]);
                }
                return;
            }
            int size = dom.get(vars.get(v)).size();
            for (int c = 0; c < size && !exhausted; c++) {
                choice[v] = c;
                if (holds(checkAt.get(v))) {
                    run(v + 1);
                }
            }
        }

        private boolean holds(List<Equation> equations) {
            for (Equation e : equations) {
                BigDecimal sum = BigDecimal.ZERO;
                boolean assessable = true;
                for (int i = 0; i < e.rows().size() && assessable; i++) {
                    RequestRow r = e.rows().get(i);
                    int v = vars.indexOf(r);
                    CellValue cell = dom.get(r).get(v < 0 ? 0 : choice[v]).get(e.column());
                    if (cell.isNumber()) {
                        sum = sum.add(cell.value().multiply(BigDecimal.valueOf(e.coefficients()[i])));
                    } else {
                        assessable = false; // a blank there: the rule says nothing about this choice
                    }
                }
                if (assessable && sum.signum() != 0) {
                    return false;
                }
            }
            return true;
        }
    }
}
