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
 * The table arithmetic as the second reader of values read by OCR. A value stands when a check that passes reads it.
 * Otherwise it is doubted when the recogniser was not sure of it (a confidence under {@link OcrConfidence#SURE}) or when a
 * check on the recogniser's readings fails with it and the unsure values of the check cannot explain the failure: the
 * recogniser is sometimes sure and wrong (an 8 read as 3 at 0.99), and a failing row or column is where that shows. A doubted value is null, kind {@code UNDECIDED}, its
 * reading kept as the one candidate, and the warning {@code OCR_UNCERTAIN} names it. A failing check cannot tell a
 * misreading from a misprint, so on a scan both cost the values; text documents are not touched. The checks are run
 * again on the settled cells.
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
        Map<String, CellValue> picked = pickedByChecks(template, cells);
        if (picked != cells) {
            cells = picked;
            checks = ArithmeticChecks.run(template, cells, extras);
        }
        Set<String> confirmed = new HashSet<>();
        Set<String> contradicted = new HashSet<>();
        for (Check c : checks) {
            if (c.result() == CheckResult.PASS) {
                confirmed.addAll(ArithmeticChecks.keysOf(template, c.rule(), c.scope()));
            } else if (c.result() == CheckResult.FAIL) {
                Rule.Equation e = ArithmeticChecks.equationOf(template, c.rule(), c.scope()).orElse(null);
                if (e != null) {
                    contradicted.addAll(blamed(e, cells));
                }
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
                    || v.confidence() >= OcrConfidence.SURE && !contradicted.contains(e.getKey())) {
                continue;
            }
            out.put(e.getKey(), new CellValue(null, CellKind.UNDECIDED, v.raw(), v.unit(), v.how(), v.confidence(),
                    v.candidates().isEmpty() ? List.of(v.raw()) : v.candidates()));
            doubted.add(e.getKey() + " (" + v.raw() + ", " + String.format(Locale.ROOT, "%.2f", v.confidence()) + ")");
        }
        if (doubted.isEmpty()) {
            return new OcrCells(out, checks, List.of());
        }
        Warning w = new Warning(WarningCode.OCR_UNCERTAIN, String.join(", ", doubted.stream()
                .map(d -> d.substring(0, d.indexOf(' '))).toList()), doubted.size() + " values read by OCR with a "
                + "confidence under " + OcrConfidence.SURE + " or in a failing check, and confirmed by no passing check, are null "
                + "(their readings are their candidates): " + String.join("; ", doubted));
        return new OcrCells(out, ArithmeticChecks.run(template, out, extras), List.of(w));
    }

    /**
     * The cells with each number read two ways ({@link CellValue#candidates()}: the reading kept, and the other)
     * taken as the other reading where the checks through the cell decide it ({@link #decides}). Such a value is
     * still doubted (its confidence is the first reading's), and stands by those passing checks. The cells as given
     * when none is taken.
     */
    private static Map<String, CellValue> pickedByChecks(TemplateVersion template, Map<String, CellValue> cells) {
        Map<String, CellValue> out = cells;
        for (Map.Entry<String, CellValue> e : cells.entrySet()) {
            CellValue v = e.getValue();
            if (v == null || !v.isNumber() || v.candidates().size() != 2 || !v.how().contains(Derivation.OCR)) {
                continue;
            }
            String other = v.candidates().get(1);
            BigDecimal alternative = new BigDecimal(other);
            List<Rule.Equation> through = new ArrayList<>();
            for (Rule.Equation eq : Rule.equations(template)) {
                if (eq.left().contains(e.getKey()) || eq.right().contains(e.getKey())) {
                    through.add(eq);
                }
            }
            if (decides(through, e.getKey(), v.value(), alternative, cells)) {
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
     * {@code other}: two doubtful readings may agree by chance (a 31 read 3 with its total read 3).
     */
    private static boolean decides(List<Rule.Equation> equations, String key, BigDecimal first, BigDecimal other,
                                  Map<String, CellValue> cells) {
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
            if (!hasDisputed(eq.left(), key, cells) && !hasDisputed(eq.right(), key, cells)) {
                passes |= sumWith(eq.left(), key, other, cells).compareTo(sumWith(eq.right(), key, other, cells)) == 0;
            }
        }
        return passes;
    }

    /** Whether a cell other than {@code key} is a disputed OCR value. */
    private static boolean hasDisputed(List<String> keys, String key, Map<String, CellValue> cells) {
        for (String k : keys) {
            if (!k.equals(key) && isDisputed(cells.get(k))) {
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
     * The cells a failing check casts doubt on. Where some of its values were read unsure (a confidence under
     * {@link OcrConfidence#SURE}, or none known) and whole numbers not under zero in those cells could make the check
     * pass, the failure is theirs: the sure values keep their standing, the unsure ones still need a passing check.
     * Else every cell of the check is doubted. On the bench's scans no reading at {@link OcrConfidence#SURE} or over
     * was wrong, while most failing rows held one misread unsure value beside sure ones that the failure took down.
     */
    private static List<String> blamed(Rule.Equation e, Map<String, CellValue> cells) {
        List<String> all = new ArrayList<>(e.left());
        all.addAll(e.right());
        List<String> unsure = new ArrayList<>();
        BigDecimal[] sure = {BigDecimal.ZERO, BigDecimal.ZERO};
        boolean[] sides = new boolean[2];
        for (String k : all) {
            CellValue v = cells.get(k);
            if (v == null || !v.isNumber()) {
                return all;
            }
            int side = e.left().contains(k) ? 0 : 1;
            if (isUnsure(v)) {
                unsure.add(k);
                sides[side] = true;
            } else {
                sure[side] = sure[side].add(v.value());
            }
        }
        if (unsure.isEmpty()) {
            return all;
        }
        // what the unsure cells would have to add up to, where they are all on one side
        BigDecimal need = sides[0] && sides[1] ? BigDecimal.ZERO
                : sides[0] ? sure[1].subtract(sure[0]) : sure[0].subtract(sure[1]);
        boolean possible = need.signum() >= 0 && need.stripTrailingZeros().scale() <= 0;
        return possible ? unsure : all;
    }

    /** Whether a value was read by OCR under {@link OcrConfidence#SURE}, or with no confidence known. */
    private static boolean isUnsure(CellValue v) {
        return v.how().contains(Derivation.OCR) && (v.confidence() == null || v.confidence() < OcrConfidence.SURE);
    }
}
