package io.github.ogireport.grid;

import io.github.ogireport.model.ActiveColumn;
import io.github.ogireport.model.CellValue;
import io.github.ogireport.model.Derivation;
import io.github.ogireport.model.ValueType;
import io.github.ogireport.model.Warning;
import io.github.ogireport.model.WarningCode;
import io.github.ogireport.text.MatchText;
import io.github.ogireport.text.Token;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the amounts of table 二 in 万元 (FORMAT.md B1), so that a column can be summed: a number printed with its unit
 * takes that unit, a bare number the unit of its column header ({@code 采购总金额（元）}, {@code 本年收费金额（单位：万元）});
 * 元 are converted exactly. Where neither the cell nor its header names a unit, 0 is 0 and any other amount is not
 * decided: it is left null, with the readings that fit and a warning.
 */
final class AmountUnits {
    /** The header words of each amount column, before a bracketed unit. */
    private static final Map<ActiveColumn, String> HEADER_WORDS = Map.of(
            ActiveColumn.TOTAL_AMOUNT, "采购总金额",
            ActiveColumn.AMOUNT_WAN_YUAN, "收费金额");
    private static final String UNIT_IN_BRACKETS = "\\((?:单位[:：]?)?(万元|元|万)\\)";
    /** Each amount column's header with its bracketed unit, compiled once. */
    private static final Map<ActiveColumn, Pattern> HEADERS = new EnumMap<>(ActiveColumn.class);

    static {
        HEADER_WORDS.forEach((column, words) -> HEADERS.put(column, Pattern.compile(Pattern.quote(words) + UNIT_IN_BRACKETS)));
    }

    /** The unit each amount column's header names in this document, or its template's header unit, or none. */
    private final Map<ActiveColumn, String> headerUnits = new EnumMap<>(ActiveColumn.class);

    private AmountUnits() {
    }

    /** The header units of the amount columns, read from the text of section 二. */
    static AmountUnits of(List<Token> tokens) {
        StringBuilder text = new StringBuilder();
        for (Token t : tokens) {
            if (t.kind() == Token.Kind.TEXT) {
                text.append(t.norm());
            }
        }
        AmountUnits units = new AmountUnits();
        HEADERS.forEach((column, header) -> {
            String unit = unitIn(header, text);
            // the template's own header, when the document's is not in the text (the 2021 one names 万元)
            units.headerUnits.put(column, unit != null ? unit : unitIn(header, MatchText.of(column.label())));
        });
        return units;
    }

    private static String unitIn(Pattern header, CharSequence text) {
        Matcher m = header.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    /** The header unit found for a column, or null. */
    String headerUnit(ActiveColumn column) {
        return headerUnits.get(column);
    }

    /**
     * An amount cell in 万元.
     *
     * @param key the cell key, for the warning
     * @param column an amount column
     * @param cell the cell as read
     * @param warnings where a warning goes when the unit is unknown
     * @return the cell in 万元; UNDECIDED when its unit is unknown
     */
    CellValue inWanYuan(String key, ActiveColumn column, CellValue cell, List<Warning> warnings) {
        if (column.type() != ValueType.AMOUNT || !cell.isNumber() || cell.value().signum() == 0) {
            return cell; // not a number, or 0: nothing to convert, 0 is 0 in any unit
        }
        String unit = cell.unit() != null ? cell.unit() : headerUnit(column);
        if ("万元".equals(unit) || "万".equals(unit)) {
            return cell;
        }
        if ("元".equals(unit)) {
            BigDecimal wanYuan = cell.value().movePointLeft(4).stripTrailingZeros();
            if (wanYuan.scale() < 0) {
                wanYuan = wanYuan.setScale(0);
            }
            return new CellValue(wanYuan, cell.kind(), cell.raw(), unit, cell.how(), cell.confidence(), List.of())
                    .decidedBy(Derivation.UNIT_CONVERTED);
        }
        List<String> readings = new ArrayList<>();
        String why;
        if (unit == null) {
            BigDecimal ifYuan = cell.value().movePointLeft(4).stripTrailingZeros();
            readings.add((ifYuan.scale() < 0 ? ifYuan.setScale(0) : ifYuan).toPlainString());
            readings.add(cell.value().toPlainString());
            why = "is printed without a unit and its column header (" + HEADER_WORDS.get(column) + ") names none: "
                    + readings.get(0) + " 万元 if in 元, " + readings.get(1) + " 万元 if in 万元";
        } else {
            why = "is printed in " + unit + ", which is not an amount of money";
        }
        warnings.add(new Warning(WarningCode.AMOUNT_UNIT_UNKNOWN, key, "“" + cell.raw() + "” " + why
                + "; left empty (null)"));
        return CellValue.undecided(cell.raw(), readings);
    }
}
