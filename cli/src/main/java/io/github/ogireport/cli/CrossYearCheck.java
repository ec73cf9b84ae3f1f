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
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule across years (FORMAT.md A6): for reports of one agency on consecutive years, 上年结转 of year N equals
 * 结转下年度继续办理 of year N−1, per column. Only the fourteen numbers each report needs are kept.
 *
 * <p>One agency is often named with its higher places one year and without them the next (淮安市洪泽区人民政府,
 * 洪泽区人民政府). Two names are taken for one agency when they are equal, or when one is the other after higher
 * places ({@link #LEADING_PLACE}) and no other name of that year is: 鼓楼区人民政府 is not paired when both
 * 南京市鼓楼区人民政府 and 福州市鼓楼区人民政府 reported the year before.
 */
final class CrossYearCheck {
    /** One report's carried-over and carried-forward rows. */
    private record Carry(String file, BigDecimal[] over, BigDecimal[] forward) {
    }

    /** A column where the two years disagree. */
    record Mismatch(String agency, int year, String column, BigDecimal carriedOver, BigDecimal previousCarriedForward,
                    String file, String previousFile, String previousAgency) {
    }

    /**
     * A place name at the start of an agency's name: a few characters and the unit that ends it. Lazy, so that
     * 淮安市洪泽区 is two places, then one more unit character for names that hold one (福州市, 荆州区). An organ's
     * name has no unit after its first character (市场监督管理局).
     */
    private static final Pattern LEADING_PLACE = Pattern.compile(
            "^\\p{IsHan}{1,8}?(?:特别行政区|自治区|自治州|自治县|自治旗|省|市|州|地区|盟|县|区|旗|乡|镇|街道|苏木)[市县区旗]?");

    private final Map<String, Map<Integer, Carry>> byAgency = new HashMap<>();
    /** The names of the agencies, by their name without the places before the last one. */
    private final Map<String, Set<String>> namesByLocalName = new HashMap<>();

    /** Forgets every report added. */
    void clear() {
        byAgency.clear();
        namesByLocalName.clear();
    }

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
        String name = agency.strip();
        byAgency.computeIfAbsent(name, a -> {
            namesByLocalName.computeIfAbsent(localName(a), k -> new TreeSet<>()).add(a);
            return new HashMap<>();
        }).putIfAbsent(year, new Carry(file, over, forward));
    }

    /** A name without the places before its last one: 淮安市洪泽区人民政府 → 洪泽区人民政府. */
    static String localName(String agency) {
        String name = agency;
        for (Matcher place = LEADING_PLACE.matcher(name); place.find(); place = LEADING_PLACE.matcher(name)) {
            String rest = name.substring(place.end());
            if (!LEADING_PLACE.matcher(rest).find()) {
                break; // the place is the agency's own: 人民政府 alone names no agency
            }
            name = rest;
        }
        return name;
    }

    /** The name the agency had in the year before, or null when no report of it, or more than one, is there. */
    private String previousName(String agency, int year) {
        if (byAgency.get(agency).containsKey(year - 1)) {
            return agency;
        }
        String found = null;
        for (String other : namesByLocalName.getOrDefault(localName(agency), Set.of())) {
            if (!other.equals(agency) && (other.endsWith(agency) || agency.endsWith(other))
                    && byAgency.get(other).containsKey(year - 1)) {
                if (found != null) {
                    return null; // two agencies of the name: which one is not known
                }
                found = other;
            }
        }
        return found;
    }

    private static BigDecimal number(JsonNode n) {
        return n.isNumber() ? n.decimalValue() : null;
    }

    /** Every mismatch, by agency and year. */
    List<Mismatch> mismatches() {
        List<Mismatch> out = new ArrayList<>();
        for (Map.Entry<String, Map<Integer, Carry>> a : new TreeMap<>(byAgency).entrySet()) {
            for (Map.Entry<Integer, Carry> y : new TreeMap<>(a.getValue()).entrySet()) {
                String previousName = previousName(a.getKey(), y.getKey());
                if (previousName == null) {
                    continue;
                }
                Carry previous = byAgency.get(previousName).get(y.getKey() - 1);
                for (RequestColumn c : RequestColumn.values()) {
                    BigDecimal now = y.getValue().over()[c.ordinal()];
                    BigDecimal before = previous.forward()[c.ordinal()];
                    if (now != null && before != null && now.compareTo(before) != 0) {
                        out.add(new Mismatch(a.getKey(), y.getKey(), c.key(), now, before, y.getValue().file(),
                                previous.file(), previousName));
                    }
                }
            }
        }
        return out;
    }

    /** How many pairs of consecutive years could be compared. */
    int pairs() {
        int n = 0;
        for (Map.Entry<String, Map<Integer, Carry>> a : byAgency.entrySet()) {
            for (Integer y : a.getValue().keySet()) {
                if (previousName(a.getKey(), y) != null) {
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
            g.writeStringField("previousAgency", m.previousAgency());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
