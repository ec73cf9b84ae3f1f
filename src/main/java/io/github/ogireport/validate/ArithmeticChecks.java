package io.github.ogireport.validate;

import io.github.ogireport.model.ActiveColumn;
import io.github.ogireport.model.ActiveRow;
import io.github.ogireport.model.CellKeys;
import io.github.ogireport.model.CellValue;
import io.github.ogireport.model.Check;
import io.github.ogireport.model.CheckResult;
import io.github.ogireport.model.RequestColumn;
import io.github.ogireport.model.RequestRow;
import io.github.ogireport.model.ReviewColumn;
import io.github.ogireport.model.ReviewGroup;
import io.github.ogireport.model.TemplateVersion;
import io.github.ogireport.model.Warning;
import io.github.ogireport.model.WarningCode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The format's own arithmetic rules (勾稽关系, FORMAT.md A6), applied to the cells of one report. A rule that
 * touches a blank, dash or missing cell is NOT_ASSESSABLE: a blank is not a 0.
 */
public final class ArithmeticChecks {
    private ArithmeticChecks() {
    }

    /** Every hard rule of the template, per column, row or group. */
    public static List<Check> run(TemplateVersion template, Map<String, CellValue> cells) {
        List<Check> checks = new ArrayList<>();
        if (!template.hasTables()) {
            return checks;
        }
        List<RequestRow> rows = RequestRow.of(template);
        List<RequestRow> handling = rows.stream().filter(RequestRow::isHandlingResult).toList();
        for (RequestColumn c : RequestColumn.values()) {
            checks.add(equation("T3-A", c.key(),
                    List.of(get(cells, RequestRow.NEW_RECEIVED, c), get(cells, RequestRow.CARRIED_OVER, c)),
                    List.of(get(cells, RequestRow.TOTAL_PROCESSED, c), get(cells, RequestRow.CARRIED_FORWARD, c))));
        }
        for (RequestRow r : rows) {
            List<CellValue> parts = new ArrayList<>();
            for (RequestColumn c : RequestColumn.values()) {
                if (c != RequestColumn.TOTAL) {
                    parts.add(get(cells, r, c));
                }
            }
            checks.add(equation("T3-B", r.key(), List.of(get(cells, r, RequestColumn.TOTAL)), parts));
        }
        for (RequestColumn c : RequestColumn.values()) {
            checks.add(equation("T3-C", c.key(), List.of(get(cells, RequestRow.TOTAL_PROCESSED, c)),
                    handling.stream().map(r -> get(cells, r, c)).toList()));
        }
        for (ReviewGroup g : ReviewGroup.values()) {
            List<CellValue> parts = new ArrayList<>();
            for (ReviewColumn c : ReviewColumn.values()) {
                if (c != ReviewColumn.TOTAL) {
                    parts.add(cell(cells, CellKeys.of(g, c)));
                }
            }
            checks.add(equation(g.rule(), g.key(), List.of(cell(cells, CellKeys.of(g, ReviewColumn.TOTAL))), parts));
        }
        return checks;
    }

    /** The soft rules, as warnings: in 2019, 对外公开总数量 ≥ 本年新公开数量; counts are whole and not negative. */
    public static List<Warning> softRules(TemplateVersion template, Map<String, CellValue> cells) {
        List<Warning> warnings = new ArrayList<>();
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

    private static boolean isAmountOrSigned(String key) {
        for (ActiveColumn c : ActiveColumn.values()) {
            if (key.startsWith("active.") && key.endsWith("." + c.key())) {
                return c.type() != io.github.ogireport.model.ValueType.COUNT;
            }
        }
        return false;
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
        return cells.stream().map(c -> c.isNumber() ? c.value().toPlainString() : "(" + c.kind().name().toLowerCase() + ")")
                .collect(Collectors.joining(" + "));
    }
}
