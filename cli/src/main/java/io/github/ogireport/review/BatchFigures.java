package io.github.ogireport.review;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.CellKeys;
import io.github.ogireport.model.CellValue;
import io.github.ogireport.model.RequestColumn;
import io.github.ogireport.model.RequestRow;
import io.github.ogireport.model.ReviewColumn;
import io.github.ogireport.model.ReviewGroup;
import io.github.ogireport.model.Status;
import io.github.ogireport.model.TemplateVersion;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The figures researchers ask of a batch, per report year: requests received, the outcomes of requests, and the
 * results of administrative review and litigation, each with the number of reports behind it. A report counts in a
 * figure only with every cell of that figure printed as a number, so that a blank never passes for a 0. Written into
 * {@code summary.json} as {@code byYear} and drawn by the overview page.
 */
public final class BatchFigures {
    private static final String RECEIVED = CellKeys.of(RequestRow.NEW_RECEIVED, RequestColumn.TOTAL);
    private final Map<Integer, Year> years = new TreeMap<>();

    /** The sums of one year. */
    private static final class Year {
        int reports;
        long received;
        int receivedReports;
        final Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
        int outcomeReports;
        final Map<ReviewGroup, long[]> review = new EnumMap<>(ReviewGroup.class);
        final Map<ReviewGroup, Integer> reviewReports = new EnumMap<>(ReviewGroup.class);
    }

    /** Counts a record read back from {@code reports.jsonl}. */
    public void add(JsonNode record) {
        JsonNode year = record.get("year");
        String status = record.path("status").asText();
        if (year == null || !year.canConvertToInt() || !(status.equals("OK") || status.equals("PARTIAL"))) {
            return;
        }
        JsonNode cells = record.path("cells");
        TemplateVersion template = TemplateVersion.UNKNOWN;
        for (TemplateVersion t : TemplateVersion.values()) {
            if (t.label().equals(record.path("template").asText())) {
                template = t;
            }
        }
        add(year.asInt(), template, key -> {
            JsonNode v = cells.get(key);
            return v != null && v.isNumber() ? v.decimalValue() : null;
        });
    }

    /** Counts a report as it is written. */
    public void add(AnnualReport report) {
        if (report.year() == null || !(report.status() == Status.OK || report.status() == Status.PARTIAL)) {
            return;
        }
        add(report.year(), report.template(), key -> {
            CellValue v = report.cells().get(key);
            return v != null && v.isNumber() ? v.value() : null;
        });
    }

    private void add(int yearNumber, TemplateVersion template, Function<String, BigDecimal> cell) {
        Year year = years.computeIfAbsent(yearNumber, y -> new Year());
        year.reports++;
        BigDecimal received = cell.apply(RECEIVED);
        if (received != null) {
            year.received += received.longValue();
            year.receivedReports++;
        }
        addOutcomes(year, template, cell);
        for (ReviewGroup g : ReviewGroup.values()) {
            long[] values = new long[ReviewColumn.values().length - 1];
            boolean all = true;
            for (ReviewColumn c : ReviewColumn.values()) {
                if (c == ReviewColumn.TOTAL) {
                    continue;
                }
                BigDecimal v = cell.apply(CellKeys.of(g, c));
                if (v == null) {
                    all = false;
                    break;
                }
                values[c.ordinal()] = v.longValue();
            }
            if (all) {
                long[] sums = year.review.computeIfAbsent(g, k -> new long[values.length]);
                for (int i = 0; i < values.length; i++) {
                    sums[i] += values[i];
                }
                year.reviewReports.merge(g, 1, Integer::sum);
            }
        }
    }

    /** The outcome groups of one report, counted only when each handling row its template has is a number. */
    private static void addOutcomes(Year year, TemplateVersion template, Function<String, BigDecimal> cell) {
        if (!template.hasTables()) {
            return;
        }
        Map<Outcome, Long> sums = new EnumMap<>(Outcome.class);
        for (RequestRow r : RequestRow.of(template)) {
            if (!r.isHandlingResult()) {
                continue;
            }
            BigDecimal v = cell.apply(CellKeys.of(r, RequestColumn.TOTAL));
            if (v == null) {
                return;
            }
            sums.merge(Outcome.of(r), v.longValue(), Long::sum);
        }
        sums.forEach((o, v) -> year.outcomes.merge(o, v, Long::sum));
        year.outcomeReports++;
    }

    /** Writes the figures as the field {@code byYear} of the object being written. */
    public void write(JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("byYear");
        for (Map.Entry<Integer, Year> e : years.entrySet()) {
            Year y = e.getValue();
            g.writeObjectFieldStart(e.getKey().toString());
            g.writeNumberField("reports", y.reports);
            g.writeObjectFieldStart("requestsReceived");
            g.writeNumberField("total", y.received);
            g.writeNumberField("reports", y.receivedReports);
            g.writeEndObject();
            g.writeObjectFieldStart("outcomes");
            for (Outcome o : Outcome.values()) {
                g.writeNumberField(o.key(), y.outcomes.getOrDefault(o, 0L));
            }
            g.writeNumberField("reports", y.outcomeReports);
            g.writeEndObject();
            for (ReviewGroup group : ReviewGroup.values()) {
                g.writeObjectFieldStart(group.key());
                long[] sums = y.review.getOrDefault(group, new long[ReviewColumn.values().length - 1]);
                for (ReviewColumn c : ReviewColumn.values()) {
                    if (c != ReviewColumn.TOTAL) {
                        g.writeNumberField(c.key(), sums[c.ordinal()]);
                    }
                }
                g.writeNumberField("reports", y.reviewReports.getOrDefault(group, 0));
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }
}
