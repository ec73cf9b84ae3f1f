package io.github.ogireport.validate;

import io.github.ogireport.model.ActiveColumn;
import io.github.ogireport.model.ActiveRow;
import io.github.ogireport.model.CellKeys;
import io.github.ogireport.model.CellValue;
import io.github.ogireport.model.Check;
import io.github.ogireport.model.CheckResult;
import io.github.ogireport.model.ExtraRow;
import io.github.ogireport.model.RequestColumn;
import io.github.ogireport.model.RequestRow;
import io.github.ogireport.model.ReviewColumn;
import io.github.ogireport.model.ReviewGroup;
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
                        checks.add(equation("T3-C", RequestRow.OTHER_HANDLING.key() + "." + c.key(),
                                List.of(x.values().get(c.ordinal())),
                                List.of(get(cells, RequestRow.OTHER_OVERDUE_CORRECTION, c),
                                        get(cells, RequestRow.OTHER_OVERDUE_FEE, c), get(cells, RequestRow.OTHER_REASONS, c))));
                    }
                }
            }
        }
        return checks;
    }

    /**
     * One hard rule applied to one scope, as the cell keys of its two sides: made once per template, so that
     * checking a report is only adding up cells.
     */
    private record Equation(String rule, String scope, List<String> left, List<String> right) {
    }

    private static final List<Equation> V2019 = equations(TemplateVersion.V2019);
    private static final List<Equation> V2021 = equations(TemplateVersion.V2021);

    private static List<Equation> equations(TemplateVersion template) {
        List<Equation> equations = new ArrayList<>();
        List<RequestRow> rows = RequestRow.of(template);
        for (RequestColumn c : RequestColumn.values()) {
            equations.add(new Equation("T3-A", c.key(),
                    List.of(CellKeys.of(RequestRow.NEW_RECEIVED, c), CellKeys.of(RequestRow.CARRIED_OVER, c)),
                    List.of(CellKeys.of(RequestRow.TOTAL_PROCESSED, c), CellKeys.of(RequestRow.CARRIED_FORWARD, c))));
        }
        for (RequestRow r : rows) {
            List<String> parts = new ArrayList<>();
            for (RequestColumn c : RequestColumn.values()) {
                if (c != RequestColumn.TOTAL) {
                    parts.add(CellKeys.of(r, c));
                }
            }
            equations.add(new Equation("T3-B", r.key(), List.of(CellKeys.of(r, RequestColumn.TOTAL)), List.copyOf(parts)));
        }
        for (RequestColumn c : RequestColumn.values()) {
            equations.add(new Equation("T3-C", c.key(), List.of(CellKeys.of(RequestRow.TOTAL_PROCESSED, c)),
                    rows.stream().filter(RequestRow::isHandlingResult).map(r -> CellKeys.of(r, c)).toList()));
        }
        for (ReviewGroup g : ReviewGroup.values()) {
            List<String> parts = new ArrayList<>();
            for (ReviewColumn c : ReviewColumn.values()) {
                if (c != ReviewColumn.TOTAL) {
                    parts.add(CellKeys.of(g, c));
                }
            }
            equations.add(new Equation(g.rule(), g.key(), List.of(CellKeys.of(g, ReviewColumn.TOTAL)), List.copyOf(parts)));
        }
        return List.copyOf(equations);
    }

    private static List<Check> hardRules(TemplateVersion template, Map<String, CellValue> cells) {
        List<Equation> equations = switch (template) {
            case V2019 -> V2019;
            case V2021 -> V2021;
            default -> List.of();
        };
        List<Check> checks = new ArrayList<>(equations.size());
        for (Equation e : equations) {
            checks.add(equation(e.rule(), e.scope(), values(cells, e.left()), values(cells, e.right())));
        }
        return checks;
    }

    private static List<CellValue> values(Map<String, CellValue> cells, List<String> keys) {
        List<CellValue> values = new ArrayList<>(keys.size());
        for (String key : keys) {
            values.add(cell(cells, key));
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
                    warnings.add(new Warning(WarningCode.SOFT_RULE, "active." + row.key(),
                            "对外公开总数量 " + total.raw() + " is below 本年新公开数量 " + newly.raw()));
                }
            }
        }
        cells.forEach((key, value) -> {
            if (value.isNumber() && !isAmountOrSigned(key)
                    && (value.value().signum() < 0 || value.value().stripTrailingZeros().scale() > 0)) {
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
    private static Check equation(String rule, String scope, List<CellValue> left, List<CellValue> right) {
        BigDecimal l = Sums.sum(left);
        BigDecimal r = Sums.sum(right);
        String detail = side(left) + (l != null && r != null && l.compareTo(r) != 0 ? " ≠ " : " = ") + side(right);
        if (l == null || r == null) {
            return new Check(rule, scope, CheckResult.NOT_ASSESSABLE, detail);
        }
        return new Check(rule, scope, l.compareTo(r) == 0 ? CheckResult.PASS : CheckResult.FAIL, detail);
    }

    private static String side(List<CellValue> cells) {
        StringBuilder b = new StringBuilder();
        for (CellValue c : cells) {
            if (!b.isEmpty()) {
                b.append(" + ");
            }
            if (c.isNumber()) {
                b.append(c.value().toPlainString());
            } else {
                b.append('(').append(c.kind().name().toLowerCase(Locale.ROOT)).append(')');
            }
        }
        return b.toString();
    }
}
