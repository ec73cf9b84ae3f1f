package io.github.ogireport.review;

import java.util.Locale;
import java.util.Map;

/**
 * What the file list of the overview shows: records of a status, with a failing rule, with a warning code, of an
 * agency, of a year, whose file name contains some text. An empty field does not filter.
 */
record ListFilter(String status, String rule, String code, String agency, String year, String name) {
    static final ListFilter ALL = new ListFilter("", "", "", "", "", "");

    /** The filter a query string asks for. */
    static ListFilter of(Map<String, String> query) {
        return new ListFilter(query.getOrDefault("status", ""), query.getOrDefault("rule", ""),
                query.getOrDefault("code", ""), query.getOrDefault("agency", ""), query.getOrDefault("year", ""),
                query.getOrDefault("q", ""));
    }

    boolean accepts(ReportIndex.Entry e) {
        return (status.isEmpty() || status.equals(e.status()))
                && (rule.isEmpty() || e.failingRules().contains(rule))
                && (code.isEmpty() || e.warningCodes().contains(code))
                && (agency.isEmpty() || e.agency() != null && e.agency().contains(agency))
                && (year.isEmpty() || year.equals(String.valueOf(e.year())))
                && (name.isEmpty() || e.file().toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT)));
    }

    /** The filter as a query string, for the links of the next and previous pages. */
    String query() {
        return "status=" + Markup.query(status) + "&rule=" + Markup.query(rule) + "&code=" + Markup.query(code)
                + "&agency=" + Markup.query(agency) + "&year=" + Markup.query(year) + "&q=" + Markup.query(name);
    }
}
