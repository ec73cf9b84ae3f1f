package io.github.ogireport.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.CellKeys;
import io.github.ogireport.model.RequestColumn;
import io.github.ogireport.model.RequestRow;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The rule across years (FORMAT.md A6): for reports of one agency on consecutive years, 上年结转 of year N equals
 * 结转下年度继续办理 of year N−1, per column. Only the fourteen numbers each report needs are kept.
 */
final class CrossYearCheck {
    /** One report's carried-over and carried-forward rows. */
    private record Carry(String file, BigDecimal[] over, BigDecimal[] forward) {
    }

    /** A column where the two years disagree. */
    record Mismatch(String agency, int year, String column, BigDecimal carriedOver, BigDecimal previousCarriedForward,
                    String file, String previousFile) {
    }

    private final Map<String, Map<Integer, Carry>> byAgency = new HashMap<>();

    /** A record an earlier run wrote. */
    void add(JsonNode report) {
        String agency = report.path("agency").asText(null);
        JsonNode year = report.path("year");
        JsonNode cells = report.path("cells");
        if (agency == null || !year.canConvertToInt() || cells.isEmpty()) {
            return;
        }
        RequestColumn[] columns = RequestColumn.values();
        BigDecimal[] over = new BigDecimal[columns.length];
        BigDecimal[] forward = new BigDecimal[columns.length];
        for (RequestColumn c : columns) {
            over[c.ordinal()] = number(cells.path(CellKeys.of(RequestRow.CARRIED_OVER, c)));
            forward[c.ordinal()] = number(cells.path(CellKeys.of(RequestRow.CARRIED_FORWARD, c)));
        }
        keep(agency, year.asInt(), report.path("file").asText(), over, forward);
    }

    /** A report of this run. */
    void add(AnnualReport report) {
        if (report.agency() == null || report.year() == null || report.cells().isEmpty()) {
            return;
        }
        RequestColumn[] columns = RequestColumn.values();
        BigDecimal[] over = new BigDecimal[columns.length];
        BigDecimal[] forward = new BigDecimal[columns.length];
        for (RequestColumn c : columns) {
            over[c.ordinal()] = report.cell(RequestRow.CARRIED_OVER, c).value();
            forward[c.ordinal()] = report.cell(RequestRow.CARRIED_FORWARD, c).value();
        }
        keep(report.agency(), report.year(), report.file(), over, forward);
    }

    private void keep(String agency, int year, String file, BigDecimal[] over, BigDecimal[] forward) {
        byAgency.computeIfAbsent(agency, a -> new HashMap<>()).putIfAbsent(year, new Carry(file, over, forward));
    }

    private static BigDecimal number(JsonNode n) {
        return n.isNumber() ? n.decimalValue() : null;
    }

    /** Every mismatch, by agency and year. */
    List<Mismatch> mismatches() {
        List<Mismatch> out = new ArrayList<>();
        for (Map.Entry<String, Map<Integer, Carry>> a : new TreeMap<>(byAgency).entrySet()) {
            for (Map.Entry<Integer, Carry> y : new TreeMap<>(a.getValue()).entrySet()) {
                Carry previous = a.getValue().get(y.getKey() - 1);
                if (previous == null) {
                    continue;
                }
                for (RequestColumn c : RequestColumn.values()) {
                    BigDecimal now = y.getValue().over()[c.ordinal()];
                    BigDecimal before = previous.forward()[c.ordinal()];
                    if (now != null && before != null && now.compareTo(before) != 0) {
                        out.add(new Mismatch(a.getKey(), y.getKey(), c.key(), now, before, y.getValue().file(),
                                previous.file()));
                    }
                }
            }
        }
        return out;
    }

    /** How many pairs of consecutive years could be compared. */
    int pairs() {
        int n = 0;
        for (Map<Integer, Carry> years : byAgency.values()) {
            for (Integer y : years.keySet()) {
                if (years.containsKey(y - 1)) {
                    n++;
                }
            }
        }
        return n;
    }

    void write(JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("crossYear");
        g.writeNumberField("consecutiveYearPairs", pairs());
        g.writeArrayFieldStart("mismatches");
        for (Mismatch m : mismatches()) {
            g.writeStartObject();
            g.writeStringField("agency", m.agency());
            g.writeNumberField("year", m.year());
            g.writeStringField("column", m.column());
            g.writeNumberField("carriedOver", m.carriedOver());
            g.writeNumberField("previousCarriedForward", m.previousCarriedForward());
            g.writeStringField("file", m.file());
            g.writeStringField("previousFile", Objects.toString(m.previousFile()));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
