package io.github.ogireport.review;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The overview's list of records: a filter form, and one page of the records that pass it. */
final class FileList {
    private FileList() {
    }

    static String render(ReportIndex index, ListFilter filter, int page, int pageSize, boolean compared) {
        StringBuilder b = new StringBuilder("<section id=\"files\"><h2>Files</h2>");
        if (compared) {
            b.append("<p><a href=\"/diff\" id=\"diff-link\">What changed against the old run</a></p>");
        }
        Map<String, Map<String, Integer>> counts = index.counts();
        b.append("<form method=\"get\" action=\"/\" class=\"filter\">");
        select(b, "status", "status", counts.get("byStatus").keySet(), filter.status());
        select(b, "rule", "failing rule", counts.get("checksFailedByRule").keySet(), filter.rule());
        select(b, "code", "warning", counts.get("warningsByCode").keySet(), filter.code());
        select(b, "year", "year", index.years().stream().map(String::valueOf).collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)), filter.year());
        b.append("<label>agency <input name=\"agency\" value=\"").append(Markup.esc(filter.agency())).append("\"></label>");
        b.append("<label>name <input name=\"q\" value=\"").append(Markup.esc(filter.name())).append("\"></label>");
        b.append("<button type=\"submit\">show</button></form>");
        List<Integer> found = index.select(filter);
        int pages = Math.max(1, (found.size() + pageSize - 1) / pageSize);
        int p = Math.min(page, pages - 1);
        b.append("<p class=\"found\" id=\"found\">").append(found.size()).append(" of ").append(index.size())
                .append(" records");
        if (pages > 1) {
            b.append(" · page ").append(p + 1).append(" of ").append(pages);
            if (p > 0) {
                b.append(" · <a href=\"/?").append(Markup.esc(filter.query())).append("&amp;page=").append(p - 1).append("#files\">previous</a>");
            }
            if (p < pages - 1) {
                b.append(" · <a href=\"/?").append(Markup.esc(filter.query())).append("&amp;page=").append(p + 1).append("#files\">next</a>");
            }
        }
        b.append("</p><table class=\"list\" id=\"file-list\"><tr><th>#</th><th>file</th><th>status</th><th>format</th>"
                + "<th>template</th><th>agency</th><th>year</th><th>failing checks</th><th>warnings</th></tr>");
        for (int i = p * pageSize; i < Math.min(found.size(), (p + 1) * pageSize); i++) {
            int n = found.get(i);
            ReportIndex.Entry e = index.entry(n);
            b.append("<tr><td>").append(n).append("</td><td><a href=\"/report/").append(n).append("\">")
                    .append(Markup.esc(e.file())).append("</a></td><td class=\"status status-").append(Markup.esc(e.status()))
                    .append("\">").append(Markup.esc(e.status())).append("</td><td>").append(Markup.esc(e.format()))
                    .append("</td><td>").append(Markup.esc(e.template())).append("</td><td>").append(Markup.esc(e.agency()))
                    .append("</td><td>").append(e.year() == null ? "" : e.year()).append("</td><td>")
                    .append(Markup.esc(String.join(" ", e.failingRules()))).append("</td><td>")
                    .append(e.warningCodes().size()).append("</td></tr>");
        }
        return b.append("</table></section>\n").toString();
    }

    private static void select(StringBuilder b, String name, String label, Set<String> choices, String chosen) {
        b.append("<label>").append(Markup.esc(label)).append(" <select name=\"").append(name).append("\"><option value=\"\">any</option>");
        for (String c : choices) {
            b.append("<option").append(c.equals(chosen) ? " selected" : "").append(" value=\"").append(Markup.esc(c))
                    .append("\">").append(Markup.esc(c)).append("</option>");
        }
        b.append("</select></label>");
    }
}
