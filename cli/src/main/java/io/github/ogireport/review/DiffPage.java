package io.github.ogireport.review;

import io.github.ogireport.verify.Change;
import io.github.ogireport.verify.ChangeKind;
import io.github.ogireport.verify.ReportDiff;
import io.github.ogireport.verify.RunDiff;
import io.github.ogireport.verify.RunFile;

import java.util.List;

/** What changed between an old run and this one, as {@code diff} prints it: each changed file links to its grid. */
final class DiffPage {
    /** At most this many changes are listed per file; its report page shows the cells. */
    private static final int CHANGES_SHOWN = 30;

    private DiffPage() {
    }

    static String render(RunDiff diff, ReportIndex index) {
        StringBuilder b = new StringBuilder("<header><p class=\"nav\"><a href=\"/\">overview</a></p><h1>Changes against the old run</h1><p class=\"sub\">")
                .append(diff.changed().size()).append(" changed, ").append(diff.unchanged()).append(" unchanged, ")
                .append(diff.added().size()).append(" added, ").append(diff.removed().size()).append(" removed</p></header><main>");
        b.append("<table class=\"count\" id=\"by-kind\"><caption>By kind of change</caption><tr><th></th><th>files</th><th>changes</th></tr>");
        diff.byKind().forEach((kind, n) -> b.append("<tr><th>").append(kind).append("</th><td>").append(n.files())
                .append("</td><td>").append(n.changes()).append("</td></tr>"));
        b.append("</table>");
        if (!diff.statusChanges().isEmpty()) {
            b.append("<table class=\"count\"><caption>Status changes</caption>");
            diff.statusChanges().forEach((k, v) -> b.append("<tr><th>").append(Markup.esc(k)).append("</th><td>").append(v).append("</td></tr>"));
            b.append("</table>");
        }
        b.append("<h2>Changed files</h2><table class=\"list\" id=\"changed-files\"><tr><th>file</th><th>changes</th></tr>");
        for (ReportDiff d : diff.changed()) {
            int n = index.numberOf(d.file());
            b.append("<tr><td>");
            if (n >= 0) {
                b.append("<a href=\"/report/").append(n).append("\">").append(Markup.esc(d.file())).append("</a>");
            } else {
                b.append(Markup.esc(d.file()));
            }
            b.append("</td><td><ul>");
            List<Change> changes = d.changes();
            for (Change c : changes.subList(0, Math.min(CHANGES_SHOWN, changes.size()))) {
                b.append("<li class=\"change-").append(c.kind() == ChangeKind.CELL ? "cell" : "other").append("\">")
                        .append(Markup.esc(c.kind() + " " + c.key() + ": " + c.before() + " → " + c.after())).append("</li>");
            }
            if (changes.size() > CHANGES_SHOWN) {
                b.append("<li>… and ").append(changes.size() - CHANGES_SHOWN).append(" more</li>");
            }
            b.append("</ul></td></tr>");
        }
        b.append("</table>");
        files(b, "Only in the new run", diff.added());
        files(b, "Only in the old run", diff.removed());
        return PageShell.page("Changes", b.append("</main>").toString(), null, false);
    }

    private static void files(StringBuilder b, String caption, List<RunFile> files) {
        if (files.isEmpty()) {
            return;
        }
        b.append("<h2>").append(Markup.esc(caption)).append("</h2><ul>");
        files.forEach(f -> b.append("<li>").append(Markup.esc(f.file())).append(" (").append(Markup.esc(f.status())).append(")</li>"));
        b.append("</ul>");
    }
}
