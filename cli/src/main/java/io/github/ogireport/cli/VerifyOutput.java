package io.github.ogireport.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ogireport.model.ReportTable;
import io.github.ogireport.verify.CorpusResult;
import io.github.ogireport.verify.ExactMatchRates;
import io.github.ogireport.verify.ExpectedReport;
import io.github.ogireport.verify.FileResult;
import io.github.ogireport.verify.Mismatch;
import io.github.ogireport.verify.Rate;
import io.github.ogireport.verify.Verdict;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How {@code verify} prints a result: a per-file list and the rate table for people, or one JSON document. */
final class VerifyOutput {
    private static final ObjectMapper JSON = new ObjectMapper();

    private VerifyOutput() {
    }

    /** The per-file list, then the exact-match rates; with {@code allKeys} every cell key, else those below 100%. */
    static void text(CorpusResult result, PrintStream out, boolean allKeys) {
        Path root = result.root();
        for (FileResult f : result.files()) {
            out.println(TextColumns.pad(f.verdict().name(), 11) + " " + describe(root, f));
            for (Mismatch m : f.mismatches()) {
                out.println("    " + m);
            }
        }
        if (!result.withoutExpected().isEmpty()) {
            out.println();
            out.println(result.withoutExpected().size() + " report file(s) without an expected file, not compared"
                    + " (verify --write-expected drafts them)");
        }
        out.println();
        rates(result.rates(), out, allKeys);
        out.println();
        out.println(summary(result));
    }

    private static String describe(Path root, FileResult f) {
        String expected = root.relativize(f.expected()).toString();
        return switch (f.verdict()) {
            case MATCH -> root.relativize(f.report()) + "  (" + f.status() + ", " + f.values().size() + " values)";
            case MISMATCH -> root.relativize(f.report()) + "  (" + f.status() + ", " + f.mismatches().size() + " of "
                    + f.values().size() + " values differ)";
            case UNREVIEWED -> root.relativize(f.report()) + "  (" + f.status() + "): check every value of " + expected
                    + " against the document, then delete its \"" + ExpectedReport.UNREVIEWED + "\" line";
            case INVALID_EXPECTED, NO_REPORT -> expected + ": " + f.problem();
        };
    }

    private static void rates(ExactMatchRates rates, PrintStream out, boolean allKeys) {
        int scored = rates.reports().compared();
        if (scored == 0) {
            out.println("Exact-match rates: no reviewed expected file to count");
            return;
        }
        List<Map.Entry<String, Rate>> shown = rates.cells().entrySet().stream()
                .filter(e -> allKeys || e.getValue().matched() < e.getValue().compared())
                .toList();
        int width = Math.max(36, shown.stream().mapToInt(e -> e.getKey().length() + 4).max().orElse(0));
        out.println("Exact-match rates over " + scored + " reviewed expected file(s)"
                + " (only the values the expected files list)");
        out.println(TextColumns.pad("", width) + "  matched  compared     rate");
        out.println(row("whole reports", rates.reports(), width));
        out.println("fields (once per report)");
        rates.fields().forEach((field, r) -> out.println(row("  " + field, r, width)));
        out.println("tables (every cell)");
        for (ReportTable t : ReportTable.values()) {
            Rate r = rates.tables().get(t);
            if (r != null) {
                out.println(row("  " + t.number() + " " + t.keys(), r, width));
            }
        }
        out.println(row("  all cells", rates.allCells(), width));
        if (allKeys) {
            out.println("cell keys (" + rates.cells().size() + ")");
        } else {
            out.println("cell keys below 100%: " + shown.size() + " of " + rates.cells().size()
                    + (shown.size() < rates.cells().size() ? " (--all-keys lists every key)" : ""));
        }
        shown.forEach(e -> out.println(row("  " + e.getKey(), e.getValue(), width)));
    }

    private static String row(String label, Rate r, int width) {
        return TextColumns.pad(label, width) + String.format(Locale.ROOT, "  %7d  %8d  %6.1f%%", r.matched(),
                r.compared(), 100 * r.rate());
    }

    private static String summary(CorpusResult result) {
        StringBuilder b = new StringBuilder(result.files().size() + " expected file(s): ");
        String sep = "";
        for (Verdict v : Verdict.values()) {
            int n = result.count(v);
            if (n > 0) {
                b.append(sep).append(n).append(' ').append(v.name());
                sep = ", ";
            }
        }
        return b.append(result.allMatch() ? " — all match" : " — not all match").toString();
    }

    /** The result as one JSON document (see the README for its fields). */
    static String json(CorpusResult result, List<Path> written) {
        Path root = result.root();
        ObjectNode doc = JSON.createObjectNode();
        doc.put("root", root.toString());
        ObjectNode summary = doc.putObject("summary");
        summary.put("expectedFiles", result.files().size());
        for (Verdict v : Verdict.values()) {
            summary.put(v.name(), result.count(v));
        }
        summary.put("withoutExpected", result.withoutExpected().size());
        summary.put("written", written.size());
        summary.put("allMatch", result.allMatch());
        ArrayNode files = doc.putArray("files");
        for (FileResult f : result.files()) {
            ObjectNode o = files.addObject();
            o.put("report", f.report() == null ? null : root.relativize(f.report()).toString());
            o.put("expected", root.relativize(f.expected()).toString());
            o.put("verdict", f.verdict().name());
            o.put("status", f.status() == null ? null : f.status().name());
            o.put("compared", f.values().size());
            ArrayNode mismatches = o.putArray("mismatches");
            for (Mismatch m : f.mismatches()) {
                mismatches.addObject().put("key", m.field()).put("expected", m.expected()).put("got", m.actual());
            }
            o.put("problem", f.problem());
        }
        ArrayNode without = doc.putArray("withoutExpected");
        result.withoutExpected().forEach(p -> without.add(root.relativize(p).toString()));
        ArrayNode wrote = doc.putArray("written");
        written.forEach(p -> wrote.add(root.relativize(p).toString()));
        ExactMatchRates rates = result.rates();
        ObjectNode r = doc.putObject("rates");
        r.set("reports", rate(rates.reports()));
        ObjectNode fields = r.putObject("fields");
        rates.fields().forEach((k, v) -> fields.set(k, rate(v)));
        ObjectNode tables = r.putObject("tables");
        rates.tables().forEach((k, v) -> tables.set(k.name().toLowerCase(Locale.ROOT), rate(v)));
        r.set("allCells", rate(rates.allCells()));
        ObjectNode cells = r.putObject("cells");
        rates.cells().forEach((k, v) -> cells.set(k, rate(v)));
        return doc.toPrettyString();
    }

    private static ObjectNode rate(Rate r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("compared", r.compared());
        o.put("matched", r.matched());
        if (r.compared() == 0) {
            o.putNull("rate");
        } else {
            o.put("rate", r.rate());
        }
        return o;
    }
}
