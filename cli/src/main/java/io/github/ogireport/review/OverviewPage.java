package io.github.ogireport.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ogireport.model.ReviewColumn;
import io.github.ogireport.model.ReviewGroup;

import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * The overview of a batch output folder, drawn from a summary as {@code summary.json} has it: counts by status,
 * format and template, failing checks by rule and warnings by code, the figures per year, this run's throughput and
 * the cross-year mismatches. The server adds its file list below.
 */
final class OverviewPage {
    private static final ObjectMapper JSON = new ObjectMapper();

    private OverviewPage() {
    }

    /**
     * The page.
     *
     * @param summary the summary, with {@code byYear} where known
     * @param fileList the file list's HTML, or empty
     * @param inline whether the page is one self-contained file
     */
    static String render(String title, JsonNode summary, String fileList, boolean inline) {
        StringBuilder b = new StringBuilder();
        ArrayNode charts = JSON.createArrayNode();
        b.append("<header><h1>").append(Markup.esc(title)).append("</h1><p class=\"sub\">")
                .append(summary.path("reports").asInt()).append(" records");
        if (summary.hasNonNull("workingDirectory")) {
            b.append(" · batch ran in <code>").append(Markup.esc(summary.path("workingDirectory").asText())).append("</code>");
        }
        b.append("</p></header>\n<main class=\"overview\">\n<section class=\"counts\">");
        countTable(b, "Status", summary.path("byStatus"), inline ? null : "status");
        countTable(b, "Format", summary.path("byFormat"), null);
        countTable(b, "Template", summary.path("byTemplate"), null);
        countTable(b, "Errors", summary.path("errorsByType"), null);
        b.append("</section>\n<section class=\"charts\">");
        chart(b, charts, bar("chart-rules", "Failing checks by rule", summary.path("checksFailedByRule")));
        chart(b, charts, bar("chart-warnings", "Warnings by code", summary.path("warningsByCode")));
        JsonNode years = summary.path("byYear");
        if (years.isObject() && years.size() > 0) {
            chart(b, charts, received(years));
            chart(b, charts, outcomes(years));
            for (ReviewGroup g : ReviewGroup.values()) {
                chart(b, charts, review(years, g));
            }
        }
        b.append("</section>\n");
        throughput(b, summary.path("thisRun"));
        crossYear(b, summary.path("crossYear"));
        b.append(fileList).append("</main>\n");
        return PageShell.page(title, b.toString(), charts.toString(), inline);
    }

    private static void countTable(StringBuilder b, String caption, JsonNode counts, String filter) {
        b.append("<table class=\"count\"><caption>").append(Markup.esc(caption)).append("</caption>");
        for (Iterator<Map.Entry<String, JsonNode>> it = counts.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            b.append("<tr><th>");
            if (filter != null) {
                b.append("<a class=\"filter-link\" href=\"/?").append(filter).append('=').append(Markup.esc(Markup.query(e.getKey())))
                        .append("#files\">").append(Markup.esc(e.getKey())).append("</a>");
            } else {
                b.append(Markup.esc(e.getKey()));
            }
            b.append("</th><td>").append(e.getValue().asInt()).append("</td></tr>");
        }
        b.append("</table>");
    }

    private static void chart(StringBuilder b, ArrayNode charts, ObjectNode chart) {
        String id = chart.path("id").asText();
        b.append("<figure class=\"chart\"><figcaption>").append(Markup.esc(chart.path("title").asText()))
                .append("</figcaption>");
        if (chart.path("labels").isEmpty()) {
            b.append("<p class=\"none\">none</p></figure>");
            return;
        }
        b.append("<div class=\"canvas-box\"><canvas id=\"").append(Markup.esc(id)).append("\"></canvas></div>");
        // the numbers as a table too: readable without the script, and what a test can check
        b.append("<table class=\"chart-data\" data-chart=\"").append(Markup.esc(id)).append("\"><tr><th></th>");
        chart.path("labels").forEach(l -> b.append("<th>").append(Markup.esc(l.asText())).append("</th>"));
        b.append("</tr>");
        for (JsonNode set : chart.path("datasets")) {
            b.append("<tr><th>").append(Markup.esc(set.path("label").asText())).append("</th>");
            set.path("data").forEach(v -> b.append("<td>").append(Markup.esc(v.asText())).append("</td>"));
            b.append("</tr>");
        }
        if (chart.has("reports")) {
            b.append("<tr class=\"n\"><th>reports</th>");
            chart.path("reports").forEach(v -> b.append("<td>").append(v.asInt()).append("</td>"));
            b.append("</tr>");
        }
        b.append("</table></figure>");
        charts.add(chart);
    }

    private static ObjectNode spec(String id, String title, String kind) {
        ObjectNode c = JSON.createObjectNode();
        c.put("id", id).put("title", title).put("kind", kind);
        c.putArray("labels");
        c.putArray("datasets");
        return c;
    }

    private static ObjectNode bar(String id, String title, JsonNode counts) {
        ObjectNode c = spec(id, title, "bar");
        ArrayNode data = ((ArrayNode) c.get("datasets")).addObject().put("label", "count").putArray("data");
        counts.fields().forEachRemaining(e -> {
            ((ArrayNode) c.get("labels")).add(e.getKey());
            data.add(e.getValue().asInt());
        });
        return c;
    }

    private static ObjectNode received(JsonNode years) {
        ObjectNode c = spec("chart-received", "Requests received per year (一、本年新收, 总计)", "bar");
        ArrayNode data = ((ArrayNode) c.get("datasets")).addObject().put("label", "requests").putArray("data");
        ArrayNode reports = c.putArray("reports");
        years.fields().forEachRemaining(e -> {
            ((ArrayNode) c.get("labels")).add(e.getKey());
            data.add(e.getValue().path("requestsReceived").path("total").asLong());
            reports.add(e.getValue().path("requestsReceived").path("reports").asInt());
        });
        return c;
    }

    /** The outcome groups as percentages of each year's handled requests. */
    private static ObjectNode outcomes(JsonNode years) {
        ObjectNode c = spec("chart-outcomes", "Outcomes of requests per year, share of all handled (%)", "stacked");
        ArrayNode reports = c.putArray("reports");
        ArrayNode[] data = new ArrayNode[Outcome.values().length];
        for (Outcome o : Outcome.values()) {
            data[o.ordinal()] = ((ArrayNode) c.get("datasets")).addObject().put("label", o.label()).putArray("data");
        }
        years.fields().forEachRemaining(e -> {
            JsonNode out = e.getValue().path("outcomes");
            ((ArrayNode) c.get("labels")).add(e.getKey());
            reports.add(out.path("reports").asInt());
            long all = 0;
            for (Outcome o : Outcome.values()) {
                all += out.path(o.key()).asLong();
            }
            for (Outcome o : Outcome.values()) {
                double share = all == 0 ? 0 : 100.0 * out.path(o.key()).asLong() / all;
                data[o.ordinal()].add(Double.parseDouble(String.format(Locale.ROOT, "%.1f", share)));
            }
        });
        return c;
    }

    private static ObjectNode review(JsonNode years, ReviewGroup group) {
        ObjectNode c = spec("chart-" + group.key(), group.label() + ": results per year", "stacked");
        ArrayNode reports = c.putArray("reports");
        ArrayNode[] data = new ArrayNode[ReviewColumn.values().length];
        for (ReviewColumn col : ReviewColumn.values()) {
            if (col != ReviewColumn.TOTAL) {
                data[col.ordinal()] = ((ArrayNode) c.get("datasets")).addObject().put("label", col.label()).putArray("data");
            }
        }
        years.fields().forEachRemaining(e -> {
            JsonNode g = e.getValue().path(group.key());
            ((ArrayNode) c.get("labels")).add(e.getKey());
            reports.add(g.path("reports").asInt());
            for (ReviewColumn col : ReviewColumn.values()) {
                if (col != ReviewColumn.TOTAL) {
                    data[col.ordinal()].add(g.path(col.key()).asLong());
                }
            }
        });
        return c;
    }

    private static void throughput(StringBuilder b, JsonNode run) {
        if (!run.isObject()) {
            return;
        }
        b.append("<section><h2>This run</h2><table class=\"count\" id=\"throughput\">");
        run.fields().forEachRemaining(e -> b.append("<tr><th>").append(Markup.esc(e.getKey())).append("</th><td>")
                .append(Markup.esc(e.getValue().asText())).append("</td></tr>"));
        b.append("</table></section>\n");
    }

    private static void crossYear(StringBuilder b, JsonNode crossYear) {
        if (!crossYear.isObject()) {
            return;
        }
        b.append("<section><h2>Cross-year mismatches</h2><p>")
                .append(crossYear.path("consecutiveYearPairs").asInt())
                .append(" pairs of consecutive years of one agency; 上年结转 of year N must equal 结转下年度继续办理 of year N−1.</p>");
        JsonNode mismatches = crossYear.path("mismatches");
        if (mismatches.isEmpty()) {
            b.append("<p class=\"none\">no mismatch</p></section>\n");
            return;
        }
        b.append("<table class=\"list\" id=\"cross-year\"><tr><th>agency</th><th>year</th><th>column</th>"
                + "<th>上年结转</th><th>previous 结转下年度</th><th>file</th><th>previous file</th></tr>");
        for (JsonNode m : mismatches) {
            b.append("<tr><td>").append(Markup.esc(m.path("agency").asText())).append("</td><td>")
                    .append(m.path("year").asInt()).append("</td><td>").append(Markup.esc(m.path("column").asText()))
                    .append("</td><td>").append(Markup.esc(m.path("carriedOver").asText())).append("</td><td>")
                    .append(Markup.esc(m.path("previousCarriedForward").asText())).append("</td><td>")
                    .append(Markup.esc(m.path("file").asText())).append("</td><td>")
                    .append(Markup.esc(m.path("previousFile").asText())).append("</td></tr>");
        }
        b.append("</table></section>\n");
    }
}
