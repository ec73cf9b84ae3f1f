package io.github.ogireport.review;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ogireport.model.ActiveColumn;
import io.github.ogireport.model.ActiveRow;
import io.github.ogireport.model.CellKeys;
import io.github.ogireport.model.RequestColumn;
import io.github.ogireport.model.RequestRow;
import io.github.ogireport.model.ReviewColumn;
import io.github.ogireport.model.ReviewGroup;
import io.github.ogireport.model.Rule;
import io.github.ogireport.model.TemplateVersion;
import io.github.ogireport.validate.ArithmeticChecks;
import io.github.ogireport.verify.Change;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One report: its three tables drawn in its template's layout, with labels from the model's rows and columns, every
 * cell coloured by what it is, the cells of a failing check outlined with the check on hover, its warnings, and its
 * source beside it. With a comparison run, the changed cells show old → new.
 */
final class ReportPage {
    /** The labels of the template's header and group rows that carry no cell, and so are in no enum of the model. */
    private static final String CONTENT_HEADER = "信息内容";
    private static final String T3_CORNER = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
    private static final String T3_APPLICANTS = "申请人情况";
    private static final String T3_ORGANISATIONS = "法人或其他组织";
    /** The group row over （一） to （七）; the groups under it are the rows' own ({@link RequestRow#group()}). */
    private static final String T3_RESULTS = "三、本年度办理结果";
    /** The categories of the legend, in the order shown, with what each means. */
    private static final Map<String, String> LEGEND = legend();

    private static Map<String, String> legend() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("number", "printed number");
        m.put("empty", "blank");
        m.put("dash", "dash");
        m.put("text", "text");
        m.put("undecided", "undecided");
        m.put("missing", "missing");
        m.put("decided", "decided (how)");
        m.put("ocr", "OCR (confidence)");
        return m;
    }

    private final int number;
    private final int count;
    private final JsonNode record;
    private final TemplateVersion template;
    /** The failing checks each cell takes part in, as their descriptions. */
    private final Map<String, List<String>> failing = new HashMap<>();
    private final Map<String, Change> changes;

    private ReportPage(int number, int count, JsonNode record, Map<String, Change> changes) {
        this.number = number;
        this.count = count;
        this.record = record;
        this.changes = changes;
        TemplateVersion t = TemplateVersion.UNKNOWN;
        for (TemplateVersion v : TemplateVersion.values()) {
            if (v.label().equals(record.path("template").asText())) {
                t = v;
            }
        }
        this.template = t;
        for (JsonNode c : record.path("checks")) {
            if ("FAIL".equals(c.path("result").asText())) {
                String said = c.path("rule").asText() + " " + c.path("scope").asText() + " FAIL: " + c.path("detail").asText();
                for (String key : keysOf(c)) {
                    failing.computeIfAbsent(key, k -> new ArrayList<>()).add(said);
                }
            }
        }
    }

    /**
     * The page.
     *
     * @param number the record's number in its run
     * @param count how many records the run has
     * @param changes the cell changes against a comparison run, by cell key (empty without one)
     * @param other the other changes against the comparison run (status, checks, warnings)
     * @param source the note about the source, or empty when it is shown
     * @param hasSource whether the source pane can show the document
     */
    static String render(int number, int count, JsonNode record, Map<String, Change> changes, List<Change> other,
                         String source, boolean hasSource) {
        return new ReportPage(number, count, record, changes).render(other, source, hasSource);
    }

    private String render(List<Change> other, String sourceNote, boolean hasSource) {
        StringBuilder b = new StringBuilder();
        String file = record.path("file").asText();
        b.append("<header><p class=\"nav\"><a href=\"/\">overview</a>");
        if (number > 0) {
            b.append(" · <a href=\"/report/").append(number - 1).append("\" id=\"prev\">previous</a>");
        }
        if (number + 1 < count) {
            b.append(" · <a href=\"/report/").append(number + 1).append("\" id=\"next\">next</a>");
        }
        b.append("</p>");
        b.append("<h1>").append(Markup.esc(file)).append("</h1>");
        b.append("<p class=\"sub\"><span class=\"status status-").append(Markup.esc(record.path("status").asText())).append("\">")
                .append(Markup.esc(record.path("status").asText())).append("</span> · ")
                .append(Markup.esc(record.path("format").asText("?"))).append(" · template ")
                .append(Markup.esc(record.path("template").asText())).append(" · ")
                .append(Markup.esc(record.path("agency").asText("(no agency)"))).append(" · ")
                .append(Markup.esc(record.path("year").asText("(no year)"))).append("</p></header>\n");
        b.append("<main class=\"report\"><div class=\"grids\">");
        metadata(b);
        if (!other.isEmpty()) {
            b.append("<section id=\"changes\"><h2>Changed against the old run</h2><ul>");
            for (Change c : other) {
                b.append("<li>").append(Markup.esc(c.kind() + " " + c.key() + ": " + c.before() + " → " + c.after())).append("</li>");
            }
            b.append("</ul></section>");
        }
        if (template.hasTables()) {
            legendOf(b);
            active(b);
            requests(b);
            review(b);
        } else {
            b.append("<p class=\"none\">This report has no national tables (template ").append(Markup.esc(template.label()))
                    .append(").</p>");
        }
        checks(b);
        warnings(b);
        extraRows(b);
        sections(b);
        b.append("</div><div class=\"source-pane\"><h2>Source</h2>");
        if (!sourceNote.isEmpty()) {
            b.append("<p class=\"source-note\">").append(Markup.esc(sourceNote)).append("</p>");
        }
        if (hasSource) {
            // sandboxed: even if a script slipped through the cleaning, the frame may not run it
            b.append("<iframe class=\"source\" id=\"source\" sandbox=\"allow-same-origin\" referrerpolicy=\"no-referrer\" src=\"/source/")
                    .append(number).append('#').append(SourceDocument.FIRST_TABLE_LINE).append("\" title=\"source document\"></iframe>");
        }
        b.append("</div></main>\n");
        return PageShell.page(file, b.toString(), null, false);
    }

    private void metadata(StringBuilder b) {
        b.append("<table class=\"meta\">");
        for (String field : List.of("title", "agency", "year", "publishDate", "period", "format", "template", "status")) {
            JsonNode v = record.path(field);
            String shown = v.isObject() ? v.path("from").asText() + " – " + v.path("to").asText() : v.isNull() || v.isMissingNode() ? "" : v.asText();
            b.append("<tr><th>").append(field).append("</th><td>").append(Markup.esc(shown)).append("</td></tr>");
        }
        if (record.path("error").isObject()) {
            b.append("<tr class=\"error\"><th>error</th><td>").append(Markup.esc(record.path("error").path("type").asText()))
                    .append(": ").append(Markup.esc(record.path("error").path("message").asText())).append("</td></tr>");
        }
        b.append("</table>");
    }

    private void legendOf(StringBuilder b) {
        b.append("<p class=\"legend\">");
        LEGEND.forEach((k, v) -> b.append("<span class=\"cell k-").append(k).append("\">").append(Markup.esc(v)).append("</span> "));
        b.append("<span class=\"cell k-number fail\">failing check</span>");
        if (!changes.isEmpty()) {
            b.append(" <span class=\"cell k-number changed\">changed: old → new</span>");
        }
        b.append("</p>");
    }

    /** Table 二: consecutive rows with the same columns share a header, as the template's sub-tables do. */
    private void active(StringBuilder b) {
        b.append("<h2>二、主动公开政府信息情况</h2><table class=\"grid\" id=\"table-active\">");
        List<ActiveColumn> header = null;
        int width = 0;
        for (ActiveRow r : ActiveRow.values()) {
            width = Math.max(width, r.columns(template).size());
        }
        for (ActiveRow r : ActiveRow.values()) {
            List<ActiveColumn> columns = r.columns(template);
            if (columns.isEmpty()) {
                continue;
            }
            if (!columns.equals(header)) {
                header = columns;
                b.append("<tr><th>").append(CONTENT_HEADER).append("</th>");
                for (int i = 0; i < width; i++) {
                    b.append(i < columns.size() ? "<th>" + Markup.esc(columns.get(i).label()) + "</th>" : "<th></th>");
                }
                b.append("</tr>");
            }
            b.append("<tr><th class=\"label\">").append(Markup.esc(r.label())).append("</th>");
            for (int i = 0; i < width; i++) {
                if (i < columns.size()) {
                    cell(b, CellKeys.of(r, columns.get(i)));
                } else {
                    b.append("<td class=\"void\"></td>");
                }
            }
            b.append("</tr>");
        }
        b.append("</table>");
    }

    /** Table 三: the applicant columns under their two-level header, group rows before their first data row. */
    private void requests(StringBuilder b) {
        RequestColumn[] columns = RequestColumn.values();
        int organisations = columns.length - 2;
        b.append("<h2>三、收到和处理政府信息公开申请情况</h2><table class=\"grid\" id=\"table-requests\">");
        b.append("<tr><th rowspan=\"3\" class=\"corner\">").append(T3_CORNER).append("</th><th colspan=\"")
                .append(columns.length).append("\">").append(T3_APPLICANTS).append("</th></tr>");
        b.append("<tr><th rowspan=\"2\">").append(Markup.esc(columns[0].label())).append("</th><th colspan=\"")
                .append(organisations).append("\">").append(T3_ORGANISATIONS).append("</th><th rowspan=\"2\">")
                .append(Markup.esc(columns[columns.length - 1].label())).append("</th></tr><tr>");
        for (int i = 1; i <= organisations; i++) {
            b.append("<th>").append(Markup.esc(columns[i].label())).append("</th>");
        }
        b.append("</tr>");
        String previousGroup = null;
        for (RequestRow r : RequestRow.of(template)) {
            String group = r == RequestRow.GRANTED ? T3_RESULTS
                    : r.group() != null && !r.group().equals(previousGroup) ? r.group() : null;
            previousGroup = r.group();
            if (group != null) {
                b.append("<tr class=\"group\"><th class=\"label depth-").append(depth(group)).append("\">")
                        .append(Markup.esc(group)).append("</th><td colspan=\"").append(columns.length).append("\"></td></tr>");
            }
            b.append("<tr><th class=\"label depth-").append(depth(r.label())).append("\">").append(Markup.esc(r.label())).append("</th>");
            for (RequestColumn c : columns) {
                cell(b, CellKeys.of(r, c));
            }
            b.append("</tr>");
        }
        b.append("</table>");
    }

    /** How far a label is indented: 一、 rows at the left, （一） rows under them, 1. rows under those. */
    private static int depth(String label) {
        if (label.isEmpty()) {
            return 0;
        }
        char first = label.charAt(0);
        return Character.isDigit(first) ? 2 : first == '（' ? 1 : 0;
    }

    /** Table 四: one row, groups under their headers (行政诉讼 over its two groups). */
    private void review(StringBuilder b) {
        ReviewColumn[] columns = ReviewColumn.values();
        b.append("<h2>四、政府信息公开行政复议、行政诉讼情况</h2><table class=\"grid\" id=\"table-review\"><tr>");
        Map<String, Integer> parents = new LinkedHashMap<>();
        Map<ReviewGroup, String[]> parts = new EnumMap<>(ReviewGroup.class);
        for (ReviewGroup g : ReviewGroup.values()) {
            String[] p = g.label().split("·", 2);
            parts.put(g, p);
            parents.merge(p[0], 1, Integer::sum);
        }
        Map<String, Boolean> drawn = new HashMap<>();
        for (ReviewGroup g : ReviewGroup.values()) {
            String[] p = parts.get(g);
            if (drawn.putIfAbsent(p[0], true) != null) {
                continue;
            }
            b.append("<th colspan=\"").append(parents.get(p[0]) * columns.length).append('"')
                    .append(p.length == 1 ? " rowspan=\"2\"" : "").append('>').append(Markup.esc(p[0])).append("</th>");
        }
        b.append("</tr><tr>");
        for (ReviewGroup g : ReviewGroup.values()) {
            String[] p = parts.get(g);
            if (p.length > 1) {
                b.append("<th colspan=\"").append(columns.length).append("\">").append(Markup.esc(p[1])).append("</th>");
            }
        }
        b.append("</tr><tr>");
        for (ReviewGroup g : ReviewGroup.values()) {
            for (ReviewColumn c : columns) {
                b.append("<th>").append(Markup.esc(c.label())).append("</th>");
            }
        }
        b.append("</tr><tr>");
        for (ReviewGroup g : ReviewGroup.values()) {
            for (ReviewColumn c : columns) {
                cell(b, CellKeys.of(g, c));
            }
        }
        b.append("</tr></table>");
    }

    private void cell(StringBuilder b, String key) {
        CellView v = CellView.of(record, key);
        List<String> checks = failing.getOrDefault(key, List.of());
        Change change = changes.get(key);
        b.append("<td class=\"cell k-").append(v.category());
        if (!checks.isEmpty()) {
            b.append(" fail");
        }
        if (change != null) {
            b.append(" changed");
        }
        b.append("\" data-key=\"").append(Markup.esc(key)).append("\" data-kind=\"").append(Markup.esc(v.kind())).append('"');
        StringBuilder title = new StringBuilder(v.describe());
        for (String c : checks) {
            title.append('\n').append(c);
        }
        if (change != null) {
            title.append("\nold run: ").append(change.before()).append(" → new run: ").append(change.after());
        }
        b.append(" title=\"").append(Markup.esc(title)).append("\">");
        if (change != null) {
            b.append("<del>").append(Markup.esc(change.before())).append("</del> → <ins>").append(Markup.esc(change.after())).append("</ins>");
        } else {
            b.append(Markup.esc(v.shown()));
        }
        if (v.confidence() != null) {
            b.append("<sup>").append(Markup.esc(String.format(java.util.Locale.ROOT, "%.2f", v.confidence()))).append("</sup>");
        }
        b.append("</td>");
    }

    private void checks(StringBuilder b) {
        JsonNode checks = record.path("checks");
        int pass = 0;
        int open = 0;
        StringBuilder failed = new StringBuilder();
        for (JsonNode c : checks) {
            String result = c.path("result").asText();
            if (result.equals("PASS")) {
                pass++;
            } else if (result.equals("NOT_ASSESSABLE")) {
                open++;
            } else {
                List<String> keys = keysOf(c);
                failed.append("<tr class=\"failing-check\" data-keys=\"").append(Markup.esc(String.join(" ", keys)))
                        .append("\"><td>").append(Markup.esc(c.path("rule").asText())).append("</td><td>")
                        .append(Markup.esc(c.path("scope").asText())).append("</td><td>")
                        .append(Markup.esc(c.path("detail").asText())).append("</td></tr>");
            }
        }
        b.append("<h2>Checks</h2><p>").append(pass).append(" pass, ").append(open).append(" not assessable, ")
                .append(checks.size() - pass - open).append(" fail.</p>");
        if (!failed.isEmpty()) {
            b.append("<table class=\"list\" id=\"failing-checks\"><tr><th>rule</th><th>scope</th><th>detail</th></tr>")
                    .append(failed).append("</table>");
        }
    }

    private void warnings(StringBuilder b) {
        JsonNode warnings = record.path("warnings");
        b.append("<h2>Warnings</h2>");
        if (warnings.isEmpty()) {
            b.append("<p class=\"none\">none</p>");
            return;
        }
        b.append("<table class=\"list\" id=\"warnings\"><tr><th>code</th><th>where</th><th>message</th></tr>");
        for (JsonNode w : warnings) {
            b.append("<tr><td>").append(Markup.esc(w.path("code").asText())).append("</td><td>")
                    .append(Markup.esc(w.path("where").asText(""))).append("</td><td>")
                    .append(Markup.esc(w.path("message").asText())).append("</td></tr>");
        }
        b.append("</table>");
    }

    private void extraRows(StringBuilder b) {
        JsonNode extras = record.path("extraRows");
        if (extras.isEmpty()) {
            return;
        }
        b.append("<h2>Rows outside the template</h2><table class=\"list\" id=\"extra-rows\"><tr><th>table</th><th>row</th>"
                + "<th>label</th><th>values as printed</th></tr>");
        for (JsonNode x : extras) {
            List<String> raws = new ArrayList<>();
            x.path("values").forEach(v -> raws.add(v.path("raw").asText()));
            b.append("<tr><td>").append(Markup.esc(x.path("table").asText())).append("</td><td>")
                    .append(Markup.esc(x.path("row").asText(""))).append("</td><td>")
                    .append(Markup.esc(x.path("label").asText())).append("</td><td>")
                    .append(Markup.esc(String.join(" | ", raws))).append("</td></tr>");
        }
        b.append("</table>");
    }

    private void sections(StringBuilder b) {
        JsonNode sections = record.path("sections");
        if (sections.isEmpty()) {
            return;
        }
        b.append("<h2>Sections</h2>");
        for (JsonNode s : sections) {
            b.append("<details><summary>").append(Markup.esc(s.path("heading").asText())).append("</summary><pre>")
                    .append(Markup.esc(s.path("text").asText())).append("</pre></details>");
        }
    }

    /** The cells a check of the record reads; none for a rule id this version does not know (an older record). */
    private List<String> keysOf(JsonNode check) {
        return Rule.ofId(check.path("rule").asText())
                .map(r -> ArithmeticChecks.keysOf(template, r, check.path("scope").asText())).orElse(List.of());
    }
}
