package io.github.ogireport.validate;

import io.github.ogireport.model.CellKind;
import io.github.ogireport.model.CellValue;
import io.github.ogireport.model.Check;
import io.github.ogireport.model.CheckResult;
import io.github.ogireport.model.Derivation;
import io.github.ogireport.model.ExtraRow;
import io.github.ogireport.model.OcrConfidence;
import io.github.ogireport.model.Rule;
import io.github.ogireport.model.TemplateVersion;
import io.github.ogireport.model.Warning;
import io.github.ogireport.model.WarningCode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The table arithmetic as the second reader of values read by OCR. A value read surely (a confidence of
 * {@link OcrConfidence#SURE} or more) stands; one read unsure stands only where a check that passes reads it. A doubted
 * value is null, kind {@code UNDECIDED}, its readings kept as its candidates, and the warning {@code OCR_UNCERTAIN}
 * names it. The checks are run again on the settled cells. A check that fails on the readings, and that whole numbers
 * in its unsure cells could not make pass, still fails there: a sure value of it is misread or the table misprinted
 * (a scan cannot tell which, a text report shows the same failure), and that failure is the sure values' flag. Text
 * documents are not touched.
 *
 * @param cells the cells, doubtful OCR values made null
 * @param checks the checks on those cells
 * @param warnings {@code OCR_UNCERTAIN} when any value was made null
 */
public record OcrCells(Map<String, CellValue> cells, List<Check> checks, List<Warning> warnings) {

    /** Settles the OCR'd cells of a report whose checks have been run. */
    public static OcrCells settle(TemplateVersion template, Map<String, CellValue> cells, List<Check> checks,
                                  List<ExtraRow> extras) {
        return settle(template, cells, checks, extras, false);
    }

    /**
     * Settles the OCR'd cells of a report whose checks have been run.
     *
     * @param allRecognised whether every page was read by OCR: then a number without a confidence (rebuilt from
     *                      glued digits or torn rows of recognised text) was recognised too, with none known (0)
     */
    public static OcrCells settle(TemplateVersion template, Map<String, CellValue> cells, List<Check> checks,
                                  List<ExtraRow> extras, boolean allRecognised) {
        if (allRecognised) {
            Map<String, CellValue> marked = new LinkedHashMap<>(cells);
            marked.replaceAll((k, v) -> v != null && v.isNumber() && v.confidence() == null
                    ? v.withConfidence(0).decidedBy(Derivation.OCR) : v);
            cells = marked;
        }
        if (cells.values().stream().noneMatch(v -> v != null && v.how().contains(Derivation.OCR))) {
            return new OcrCells(cells, checks, List.of());
        }
        Set<String> confirmed = confirmed(template, checks, cells);
        Map<String, CellValue> picked = pickedByChecks(template, cells, confirmed);
        if (picked != cells) {
            cells = picked;
            checks = ArithmeticChecks.run(template, cells, extras);
            confirmed = confirmed(template, checks, cells);
        }
        List<Check> unexplained = new ArrayList<>();
        for (Check c : checks) {
            Rule.Equation e = c.result() == CheckResult.FAIL
                    ? ArithmeticChecks.equationOf(template, c.rule(), c.scope()).orElse(null) : null;
            if (e != null && !unsureCanExplain(e, cells)) {
                unexplained.add(c);
            }
        }
        Map<String, CellValue> out = new LinkedHashMap<>(cells);
        List<String> doubted = new ArrayList<>();
        for (Map.Entry<String, CellValue> e : cells.entrySet()) {
            CellValue v = e.getValue();
            // a dash or a word read where a number may be printed is doubted as a number is (a 7 read as -)
            boolean read = v != null && (v.isNumber() || v.kind() == CellKind.DASH || v.kind() == CellKind.TEXT);
            if (!read || !v.how().contains(Derivation.OCR) || v.confidence() == null
                    || confirmed.contains(e.getKey())
                    || v.confidence() >= OcrConfidence.SURE) {
                continue;
            }
            out.put(e.getKey(), new CellValue(null, CellKind.UNDECIDED, v.raw(), v.unit(), v.how(), v.confidence(),
                    v.candidates().isEmpty() ? List.of(v.raw()) : v.candidates()));
            doubted.add(e.getKey() + " (" + v.raw() + ", " + String.format(Locale.ROOT, "%.3f", v.confidence()) + ")");
        }
        if (doubted.isEmpty()) {
            return new OcrCells(out, checks, List.of());
        }
        Warning w = new Warning(WarningCode.OCR_UNCERTAIN, String.join(", ", doubted.stream()
                .map(d -> d.substring(0, d.indexOf(' '))).toList()), doubted.size() + " values read by OCR with a "
                + "confidence under " + OcrConfidence.SURE + " and confirmed by no passing check are null (their "
                + "readings are their candidates): " + String.join("; ", doubted));
        return new OcrCells(out, stillFailing(ArithmeticChecks.run(template, out, extras), unexplained), List.of(w));
    }

    /**
     * The cells that the checks that pass confirm: all their cells, but for the values read two ways where the other
     * readings make the check pass too (a row's 2 and its total 2, both read 5 as well: 5 = 5 passes as 2 = 2 does).
     * Such a check cannot tell which reading is printed, and says nothing of them.
     */
    private static Set<String> confirmed(TemplateVersion template, List<Check> checks, Map<String, CellValue> cells) {
        Set<String> confirmed = new HashSet<>();
        for (Check c : checks) {
            if (c.result() != CheckResult.PASS) {
                continue;
            }
            List<String> keys = ArithmeticChecks.keysOf(template, c.rule(), c.scope());
            Rule.Equation e = ArithmeticChecks.equationOf(template, c.rule(), c.scope()).orElse(null);
            List<String> twoWays = e == null ? List.of() : readTwoWays(keys, cells);
            if (!twoWays.isEmpty() && passesOtherwise(e, twoWays, cells)) {
                keys = keys.stream().filter(k -> !twoWays.contains(k)).toList();
            }
            confirmed.addAll(keys);
        }
        return confirmed;
    }

    /** The most values read two ways in one check whose other readings are tried together. */
    private static final int MOST_TRIED = 10;

    /** The cells among {@code keys} with a number read unsurely and another number as its other reading. */
    private static List<String> readTwoWays(List<String> keys, Map<String, CellValue> cells) {
        List<String> out = new ArrayList<>();
        for (String k : keys) {
            CellValue v = cells.get(k);
            BigDecimal other = otherReading(v);
            if (other != null && isUnsure(v) && other.compareTo(v.value()) != 0) {
                out.add(k);
            }
        }
        return out;
    }

    /** The other number an OCR'd value was read as (its second candidate); null when it was read one way. */
    private static BigDecimal otherReading(CellValue v) {
        if (v == null || !v.isNumber() || v.candidates().size() != 2 || !v.how().contains(Derivation.OCR)) {
            return null;
        }
        return new BigDecimal(v.candidates().get(1));
    }

    /** Whether the check, passing as read, passes too with some of {@code twoWays} taken as their other reading. */
    private static boolean passesOtherwise(Rule.Equation e, List<String> twoWays, Map<String, CellValue> cells) {
        if (twoWays.size() > MOST_TRIED) {
            return true; // too many to try: as good as undecided
        }
        BigDecimal[] change = new BigDecimal[twoWays.size()];
        for (int i = 0; i < change.length; i++) {
            CellValue v = cells.get(twoWays.get(i));
            BigDecimal by = otherReading(v).subtract(v.value());
            // on the right side, a change counts against the left
            change[i] = e.left().contains(twoWays.get(i)) ? by : by.negate();
        }
        for (int set = 1; set < 1 << change.length; set++) {
            BigDecimal total = BigDecimal.ZERO;
            for (int i = 0; i < change.length; i++) {
                if ((set & 1 << i) != 0) {
                    total = total.add(change[i]);
                }
            }
            if (total.signum() == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The checks on the settled cells, where a check that failed on the readings and that its unsure values could
     * not explain is no longer assessable only because those values are now null: it still fails, whatever whole
     * numbers they hold, and says so. Its sure values stand, and this failure is their flag, as on a text report.
     */
    private static List<Check> stillFailing(List<Check> settled, List<Check> unexplained) {
        if (unexplained.isEmpty()) {
            return settled;
        }
        List<Check> out = new ArrayList<>(settled.size());
        for (Check c : settled) {
            Check read = c.result() != CheckResult.NOT_ASSESSABLE ? null : unexplained.stream()
                    .filter(u -> u.rule() == c.rule() && u.scope().equals(c.scope())).findFirst().orElse(null);
            out.add(read == null ? c : new Check(c.rule(), c.scope(), CheckResult.FAIL, c.detail()
                    + " (fails with any whole numbers in the undecided cells; as read: " + read.detail() + ")"));
        }
        return out;
    }

    /**
     * The cells with each number read two ways ({@link CellValue#candidates()}: the reading kept, and the other)
     * taken as the other reading where the checks through the cell decide it ({@link #decides}). Such a value is
     * still doubted (its confidence is the first reading's), and stands by those passing checks. The cells as given
     * when none is taken.
     */
    private static Map<String, CellValue> pickedByChecks(TemplateVersion template, Map<String, CellValue> cells,
                                                         Set<String> confirmed) {
        Map<String, CellValue> out = cells;
        for (Map.Entry<String, CellValue> e : cells.entrySet()) {
            CellValue v = e.getValue();
            BigDecimal alternative = otherReading(v);
            if (alternative == null) {
                continue;
            }
            String other = v.candidates().get(1);
            List<Rule.Equation> through = new ArrayList<>();
            for (Rule.Equation eq : Rule.equations(template)) {
                if (eq.left().contains(e.getKey()) || eq.right().contains(e.getKey())) {
                    through.add(eq);
                }
            }
            if (decides(through, e.getKey(), v.value(), alternative, cells, confirmed)) {
                if (out == cells) {
                    out = new LinkedHashMap<>(cells);
                }
                out.put(e.getKey(), new CellValue(alternative, CellKind.NUMBER, other, v.unit(), v.how(),
                        v.confidence(), List.of(other, v.raw())));
            }
        }
        return out;
    }

    /**
     * Whether the checks through {@code key} decide for {@code other} over {@code first}: none passes with
     * {@code first}, and one at least passes with {@code other}. A check that fails with both (another value of it is
     * misread too) says nothing of this cell. A check with another disputed value in it cannot pass for
     * {@code other}: two doubtful readings may agree by chance (a 31 read 3 with its total read 3); unless a passing
     * check of its own, not through this cell, confirms that value (a lone 1 read as {@code ]}, confirmed by its row).
     */
    private static boolean decides(List<Rule.Equation> equations, String key, BigDecimal first, BigDecimal other,
                                  Map<String, CellValue> cells, Set<String> confirmed) {
        boolean passes = false;
        for (Rule.Equation eq : equations) {
            BigDecimal l1 = sumWith(eq.left(), key, first, cells);
            BigDecimal r1 = sumWith(eq.right(), key, first, cells);
            if (l1 == null || r1 == null) {
                continue; // a cell of it is no number: it cannot be assessed
            }
            if (l1.compareTo(r1) == 0) {
                return false;
            }
            if (!hasDisputed(eq.left(), key, cells, confirmed) && !hasDisputed(eq.right(), key, cells, confirmed)) {
                passes |= sumWith(eq.left(), key, other, cells).compareTo(sumWith(eq.right(), key, other, cells)) == 0;
            }
        }
        return passes;
    }

    /** Whether a cell other than {@code key} is a disputed OCR value that no passing check confirms. */
    private static boolean hasDisputed(List<String> keys, String key, Map<String, CellValue> cells,
                                       Set<String> confirmed) {
        for (String k : keys) {
            if (!k.equals(key) && isDisputed(cells.get(k)) && !confirmed.contains(k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a value was read by OCR with no confidence to speak of: {@link OcrConfidence#DISPUTED} or less, or none known. */
    private static boolean isDisputed(CellValue v) {
        return v != null && v.how().contains(Derivation.OCR) && (v.confidence() == null || v.confidence() <= OcrConfidence.DISPUTED);
    }

    /** The sum of the cells with {@code key} taken as {@code value}; null when another is not a number. */
    private static BigDecimal sumWith(List<String> keys, String key, BigDecimal value, Map<String, CellValue> cells) {
        BigDecimal sum = BigDecimal.ZERO;
        for (String k : keys) {
            if (k.equals(key)) {
                sum = sum.add(value);
                continue;
            }
            CellValue v = cells.get(k);
            if (v == null || !v.isNumber()) {
                return null;
            }
            sum = sum.add(v.value());
        }
        return sum;
    }

    /**
     * Whether the unsure values of a failing check (a confidence under {@link OcrConfidence#SURE}, or none known)
     * could be its failure: whole numbers not under zero in those cells alone could make it pass. Where they could
     * not, a sure value is misread or the table misprinted, and a scan cannot tell which.
     */
    private static boolean unsureCanExplain(Rule.Equation e, Map<String, CellValue> cells) {
        BigDecimal[] sure = {BigDecimal.ZERO, BigDecimal.ZERO};
        boolean[] unsure = new boolean[2];
        List<List<String>> sides = List.of(e.left(), e.right());
        for (int side = 0; side < 2; side++) {
            for (String k : sides.get(side)) {
                CellValue v = cells.get(k);
                if (v == null || !v.isNumber()) {
                    return true; // not assessable on the readings: nothing to explain
                }
                if (isUnsure(v)) {
                    unsure[side] = true;
                } else {
                    sure[side] = sure[side].add(v.value());
                }
            }
        }
        if (unsure[0] && unsure[1]) {
            return true;
        }
        // what the unsure cells would have to add up to, all on one side
        BigDecimal need = unsure[0] ? sure[1].subtract(sure[0]) : unsure[1] ? sure[0].subtract(sure[1]) : null;
        return need != null && need.signum() >= 0 && need.stripTrailingZeros().scale() <= 0;
    }

    /** Whether a value was read by OCR under {@link OcrConfidence#SURE}, or with no confidence known. */
    private static boolean isUnsure(CellValue v) {
        return v.how().contains(Derivation.OCR) && (v.confidence() == null || v.confidence() < OcrConfidence.SURE);
    }
}
