package io.github.ogireport.ocr;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.CellValue;
import io.github.ogireport.model.Check;
import io.github.ogireport.model.CheckResult;
import io.github.ogireport.model.OcrConfidence;
import io.github.ogireport.validate.ArithmeticChecks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How a report read from a scan compares with the hand-checked values: cells exact, cells null (flagged), cells
 * wrong but flagged (confidence under the threshold, or in a failing check), and cells wrong and not flagged — the
 * silent errors, which must be none.
 *
 * @param cells the expected cells
 * @param exact cells equal to the expected value (a null where null is expected included)
 * @param nulls cells null where a number was expected
 * @param flagged cells with a wrong number that a confidence or a failing check flags
 * @param silent the wrong numbers nothing flags, described
 * @param metadata what differs in title, agency, year and template (empty when all agree)
 */
record Accuracy(int cells, int exact, int nulls, int flagged, List<String> silent, List<String> metadata) {

    static Accuracy of(AnnualReport r, JsonNode expected) {
        Set<String> failing = new HashSet<>();
        for (Check c : r.checks()) {
            if (c.result() == CheckResult.FAIL) {
                failing.addAll(ArithmeticChecks.keysOf(r.template(), c.rule(), c.scope()));
            }
        }
        int cells = 0;
        int exact = 0;
        int nulls = 0;
        int flagged = 0;
        List<String> silent = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.get("cells").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            cells++;
            CellValue v = r.cells().get(e.getKey());
            String want = e.getValue().isNull() ? null : plain(e.getValue().decimalValue());
            String got = v == null || v.value() == null ? null : plain(v.value());
            if (Objects.equals(want, got)) {
                exact++;
            } else if (got == null) {
                nulls++;
            } else if (failing.contains(e.getKey()) || v.confidence() != null && v.confidence() < OcrConfidence.SURE) {
                flagged++;
            } else {
                silent.add(e.getKey() + ": " + got + " instead of " + want + " (raw " + v.raw() + ", confidence "
                        + v.confidence() + ")");
            }
        }
        List<String> metadata = new ArrayList<>();
        compare(metadata, "title", expected, r.title());
        compare(metadata, "agency", expected, r.agency());
        compare(metadata, "year", expected, r.year() == null ? null : r.year().toString());
        compare(metadata, "template", expected, r.template().label());
        return new Accuracy(cells, exact, nulls, flagged, silent, metadata);
    }

    private static void compare(List<String> out, String field, JsonNode expected, String got) {
        JsonNode want = expected.get(field);
        if (want != null && !Objects.equals(want.isNull() ? null : want.asText(), got)) {
            out.add(field + ": " + got + " instead of " + want.asText());
        }
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }

    double exactShare() {
        return cells == 0 ? 1 : (double) exact / cells;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%d/%d exact (%.1f %%), %d null, %d wrong but flagged, %d silent%s%s",
                exact, cells, 100 * exactShare(), nulls, flagged, silent.size(),
                silent.isEmpty() ? "" : " " + silent, metadata.isEmpty() ? "" : " metadata " + metadata);
    }
}
