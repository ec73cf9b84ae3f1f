package io.github.ogireport.grid;

import io.github.ogireport.model.ActiveRow;
import io.github.ogireport.model.CellValue;
import io.github.ogireport.text.MatchText;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers section 一 states next to the words of a table 二 row ({@code 现有行政许可事项11项}): the one
 * cross-check a glued row of table 二 has, since the table has no sum rule. A split is chosen by it only when
 * exactly one of the row's splits holds a number stated in a clause that names the row.
 */
final class RestatedNumbers {
    private static final Pattern CLAUSE_END = Pattern.compile("[。;；,，\\n\\r]");
    /** A number, not part of a date (2020年, 1月, 1日) or a longer number. */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.])(\\d+(?:\\.\\d+)?)(?![\\d.年月日])");

    private final String sectionOne;
    /** Read on first use: only a glued row of table 二 needs them. */
    private List<String> clauses;

    private RestatedNumbers(String sectionOne) {
        this.sectionOne = sectionOne;
    }

    /** The numbers restated in section 一. */
    static RestatedNumbers in(String sectionOne) {
        return new RestatedNumbers(sectionOne);
    }

    /** The clauses of section 一 that hold a number. */
    private List<String> clauses() {
        if (clauses == null) {
            clauses = clausesWithNumbers(sectionOne);
        }
        return clauses;
    }

    private static List<String> clausesWithNumbers(String sectionOne) {
        List<String> clauses = new ArrayList<>();
        if (sectionOne != null) {
            // split before normalising: the matching form has no line breaks left
            for (String raw : CLAUSE_END.split(sectionOne)) {
                String c = MatchText.of(raw);
                if (NUMBER.matcher(c).find()) {
                    clauses.add(c);
                }
            }
        }
        return clauses;
    }

    /**
     * A split chosen by a restated number.
     *
     * @param candidate the split
     * @param how what chose it, for the warning
     */
    record Choice(List<CellValue> candidate, String how) {
    }

    /** The only candidate that holds a number section 一 states for the row, or null. */
    Choice choose(ActiveRow row, List<List<CellValue>> candidates) {
        for (String clause : clauses()) {
            if (row.patterns().stream().noneMatch(clause::contains)) {
                continue;
            }
            Matcher m = NUMBER.matcher(clause);
            while (m.find()) {
                BigDecimal stated = new BigDecimal(m.group(1));
                List<List<CellValue>> holding = candidates.stream().filter(c -> c.stream()
                        .anyMatch(v -> v.isNumber() && v.value().compareTo(stated) == 0)).toList();
                if (holding.size() == 1) {
                    return new Choice(holding.get(0), "the number " + m.group(1) + " that section 一 states for "
                            + row.label() + " (“" + ConcatenatedRun.shorten(clause) + "”)");
                }
            }
        }
        return null;
    }
}
