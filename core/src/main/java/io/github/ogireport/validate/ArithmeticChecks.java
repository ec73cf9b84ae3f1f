package io.github.ogireport.validate;

import io.github.ogireport.model.ActiveColumn;
import io.github.ogireport.model.ActiveRow;
import io.github.ogireport.model.CellKeys;
import io.github.ogireport.model.CellKind;
import io.github.ogireport.model.CellValue;
import io.github.ogireport.model.Check;
import io.github.ogireport.model.CheckResult;
import io.github.ogireport.model.ExtraRow;
import io.github.ogireport.model.ReportTable;
import io.github.ogireport.model.RequestColumn;
import io.github.ogireport.model.RequestRow;
import io.github.ogireport.model.Rule;
import io.github.ogireport.model.TemplateCells;
import io.github.ogireport.model.TemplateVersion;
import io.github.ogireport.model.ValueType;
import io.github.ogireport.model.Warning;
import io.github.ogireport.model.WarningCode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The format's own arithmetic rules (勾稽关系, FORMAT.md A6), applied to the cells of one report. A rule that
 * touches a blank, dash or missing cell is NOT_ASSESSABLE: a blank is not a 0.
 */
public final class ArithmeticChecks {
    private ArithmeticChecks() {
    }

    /** Every hard rule of the template, per column, row or group. */
    public static List<Check> run(TemplateVersion template, Map<String, CellValue> cells) {
        return run(template, cells, List.of());
    }

    /**
     * Every hard rule, and for a 2021 report that prints a subtotal on the group row （六）其他处理 (kept as an
     * extra row, FORMAT.md A8.8), rule T3-C on that subtotal: it equals the three other* rows, per column.
     */
    public static List<Check> run(TemplateVersion template, Map<String, CellValue> cells, List<ExtraRow> extras) {
        List<Check> checks = hardRules(template, cells);
        if (template == TemplateVersion.V2021) {
            for (ExtraRow x : extras) {
                if (RequestRow.OTHER_HANDLING.key().equals(x.row())
                        && x.values().size() == RequestColumn.values().length) {
                    for (RequestColumn c : RequestColumn.values()) {
                        checks.add(equation(Rule.T3_C, RequestRow.OTHER_HANDLING.key() + "." + c.key(),
                                new CellValue[] {x.values().get(c.ordinal())},
                                new CellValue[] {get(cells, RequestRow.OTHER_OVERDUE_CORRECTION, c),
                                        get(cells, RequestRow.OTHER_OVERDUE_FEE, c), get(cells, RequestRow.OTHER_REASONS, c)}));
                    }
                }
            }
        }
        return checks;
    }

    /**
     * The cell keys a hard rule reads for one scope (a column, row or group key, as in {@link Check#scope()}), both
     * sides, in the order the check's detail shows them; empty for a rule or scope the template does not have. For
     * pointing at the cells of a check, such as a failing one on the review page.
     */
    public static List<String> keysOf(TemplateVersion template, Rule rule, String scope) {
        return equationOf(template, rule, scope).map(e -> {
            List<String> keys = new ArrayList<>(e.left());
            keys.addAll(e.right());
            return List.copyOf(keys);
        }).orElse(List.of());
    }

    /** The equation of a hard rule for one scope; empty for a rule or scope the template does not have. */
    static Optional<Rule.Equation> equationOf(TemplateVersion template, Rule rule, String scope) {
        for (Rule.Equation e : Rule.equations(template)) {
            if (e.rule() == rule && e.scope().equals(scope)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** An equation's two sides as positions of {@link CellKeys#of(TemplateVersion)}: read without hashing. */
    private record Positions(Rule.Equation equation, int[] left, int[] right) {
        static Positions of(TemplateVersion template, Rule.Equation e) {
            return new Positions(e, positions(template, e.left()), positions(template, e.right()));
        }

        private static int[] positions(TemplateVersion template, List<String> keys) {
            return keys.stream().mapToInt(key -> CellKeys.position(template, key)).toArray();
        }
    }

    private static final List<Positions> V2019 = positions(TemplateVersion.V2019);
    private static final List<Positions> V2021 = positions(TemplateVersion.V2021);
    /** A kind as the detail shows a cell that holds no number, such as {@code (missing)}. */
    private static final String[] KIND_WORDS = kindWords();

    private static List<Positions> positions(TemplateVersion template) {
        return Rule.equations(template).stream().map(e -> Positions.of(template, e)).toList();
    }

    private static String[] kindWords() {
        CellKind[] kinds = CellKind.values();
        String[] words = new String[kinds.length];
        for (CellKind k : kinds) {
            words[k.ordinal()] = "(" + k.name().toLowerCase(Locale.ROOT) + ")";
        }
        return words;
    }

    private static List<Check> hardRules(TemplateVersion template, Map<String, CellValue> cells) {
        List<Positions> equations = switch (template) {
            case V2019 -> V2019;
            case V2021 -> V2021;
            default -> List.of();
        };
        List<Check> checks = new ArrayList<>(equations.size());
        if (equations.isEmpty()) {
            return checks;
        }
        TemplateCells byPosition = byPosition(template, cells);
        for (Positions p : equations) {
            checks.add(equation(p.equation().rule(), p.equation().scope(), at(byPosition, p.left()),
                    at(byPosition, p.right())));
        }
        return checks;
    }

    /** The cells by position: the parser's as they are, others looked up key by key. */
    private static TemplateCells byPosition(TemplateVersion template, Map<String, CellValue> cells) {
        if (cells instanceof TemplateCells t && t.template() == template) {
            return t;
        }
        List<String> keys = CellKeys.of(template);
        CellValue[] values = new CellValue[keys.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = cell(cells, keys.get(i));
        }
        return TemplateCells.of(template, values);
    }

    private static CellValue[] at(TemplateCells cells, int[] positions) {
        CellValue[] values = new CellValue[positions.length];
        for (int i = 0; i < positions.length; i++) {
            values[i] = cells.at(positions[i]);
        }
        return values;
    }

    /**
     * The soft rules, as warnings: in 2019, 对外公开总数量 ≥ 本年新公开数量; counts are whole and not negative; the
     * number of requests received that section 一 restates (收到…申请N件, 未收到…申请) agrees with table 三.
     */
    public static List<Warning> softRules(TemplateVersion template, Map<String, CellValue> cells, String sectionOne) {
        List<Warning> warnings = new ArrayList<>();
        Integer restated = RestatedRequests.find(sectionOne);
        CellValue received = cell(cells, CellKeys.of(RequestRow.NEW_RECEIVED, RequestColumn.TOTAL));
        if (restated != null && received.isNumber() && received.value().compareTo(BigDecimal.valueOf(restated)) != 0) {
            warnings.add(new Warning(WarningCode.SOFT_RULE, CellKeys.of(RequestRow.NEW_RECEIVED, RequestColumn.TOTAL),
                    "section 一 states " + restated + " requests received, table 三 has " + received.raw()));
        }
        if (template == TemplateVersion.V2019) {
            for (ActiveRow row : List.of(ActiveRow.RULES, ActiveRow.NORMATIVE_DOCS)) {
                CellValue total = cell(cells, CellKeys.of(row, ActiveColumn.TOTAL_PUBLISHED));
                CellValue newly = cell(cells, CellKeys.of(row, ActiveColumn.NEWLY_PUBLISHED));
                if (total.isNumber() && newly.isNumber() && total.value().compareTo(newly.value()) < 0) {
                    warnings.add(new Warning(WarningCode.SOFT_RULE, ReportTable.ACTIVE.key() + "." + row.key(),
                            "对外公开总数量 " + total.raw() + " is below 本年新公开数量 " + newly.raw()));
                }
            }
        }
        cells.forEach((key, value) -> {
            if (value.isNumber() && !isWholeAndNotNegative(value.value()) && !isAmountOrSigned(key)) {
                warnings.add(new Warning(WarningCode.UNEXPECTED_VALUE, key,
                        "a count should be a whole number ≥ 0, but reads " + value.raw()));
            }
        });
        return warnings;
    }

    /** The cells of table 二 that hold amounts or signed changes, not counts. */
    private static final Set<String> AMOUNT_OR_SIGNED = amountOrSigned();

    private static Set<String> amountOrSigned() {
        Set<String> keys = new HashSet<>();
        for (ActiveRow r : ActiveRow.values()) {
            for (ActiveColumn c : ActiveColumn.values()) {
                if (c.type() != ValueType.COUNT) {
                    keys.add(CellKeys.of(r, c));
                }
            }
        }
        return keys;
    }

    /** Whether a number is a count: stripping zeros never raises the scale, so only a fraction is stripped. */
    private static boolean isWholeAndNotNegative(BigDecimal n) {
        return n.signum() >= 0 && (n.scale() <= 0 || n.stripTrailingZeros().scale() <= 0);
    }

    private static boolean isAmountOrSigned(String key) {
        return AMOUNT_OR_SIGNED.contains(key);
    }

    private static CellValue get(Map<String, CellValue> cells, RequestRow r, RequestColumn c) {
        return cell(cells, CellKeys.of(r, c));
    }

    private static CellValue cell(Map<String, CellValue> cells, String key) {
        return cells.getOrDefault(key, CellValue.missing());
    }

    /** left side sum = right side sum. */
    private static Check equation(Rule rule, String scope, CellValue[] left, CellValue[] right) {
        BigDecimal l = Sums.sum(left);
        BigDecimal r = Sums.sum(right);
        boolean unequal = l != null && r != null && l.compareTo(r) != 0;
        StringBuilder detail = new StringBuilder(64);
        side(detail, left);
        detail.append(unequal ? " ≠ " : " = ");
        side(detail, right);
        if (l == null || r == null) {
            return new Check(rule, scope, CheckResult.NOT_ASSESSABLE, detail.toString());
        }
        return new Check(rule, scope, unequal ? CheckResult.FAIL : CheckResult.PASS, detail.toString());
    }

    private static void side(StringBuilder b, CellValue[] cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                b.append(" + ");
            }
            CellValue c = cells[i];
            if (c.isNumber()) {
                c.appendPlainNumber(b);
            } else {
                b.append(KIND_WORDS[c.kind().ordinal()]);
            }
        }
    }
}
