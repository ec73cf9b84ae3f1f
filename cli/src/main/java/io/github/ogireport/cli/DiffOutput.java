package io.github.ogireport.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ogireport.verify.Change;
import io.github.ogireport.verify.ChangeKind;
import io.github.ogireport.verify.ReportDiff;
import io.github.ogireport.verify.RunDiff;
import io.github.ogireport.verify.RunFile;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** How {@code diff} prints two runs' differences: per file, then a summary by kind of change; or one JSON document. */
final class DiffOutput {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DiffOutput() {
    }

    /** Per changed file its changes (old → new), then the added and removed files, then the summary. */
    static void text(RunDiff diff, PrintStream out) {
        for (ReportDiff file : diff.changed()) {
            out.println("changed  " + file.file());
            for (Change c : file.changes()) {
                out.println("    " + TextColumns.pad(label(c.kind()), 10) + line(c));
            }
        }
        for (RunFile f : diff.added()) {
            out.println("added    " + f.file() + "  (" + f.status() + ")");
        }
        for (RunFile f : diff.removed()) {
            out.println("removed  " + f.file() + "  (" + f.status() + ")");
        }
        if (diff.hasChanges()) {
            out.println();
        }
        int both = diff.changed().size() + diff.unchanged();
        out.println(both + " file(s) in both runs: " + diff.changed().size() + " changed, " + diff.unchanged()
                + " unchanged; " + diff.added().size() + " added, " + diff.removed().size() + " removed");
        StringBuilder statusChanges = new StringBuilder();
        diff.statusChanges().forEach((change, n) -> statusChanges.append(statusChanges.isEmpty() ? "" : ", ")
                .append(change).append(": ").append(n));
        diff.byKind().forEach((kind, n) -> {
            String detail = kind == ChangeKind.STATUS ? "  (" + statusChanges + ")" : "";
            out.println("    " + TextColumns.pad(kind.name(), 16) + String.format("%5d file(s) %6d change(s)",
                    n.files(), n.changes()) + detail);
        });
    }

    private static String label(ChangeKind kind) {
        return switch (kind) {
            case STATUS -> "status";
            case TEMPLATE -> "template";
            case METADATA -> "metadata";
            case CELL -> "cell";
            case CHECK -> "check";
            case WARNING_ADDED -> "warning +";
            case WARNING_REMOVED -> "warning -";
        };
    }

    private static String line(Change c) {
        return switch (c.kind()) {
            case WARNING_ADDED -> c.key() + ": " + c.after();
            case WARNING_REMOVED -> c.key() + ": " + c.before();
            // the label already names the field, and both are always one of a few words
            case STATUS, TEMPLATE -> unquote(c.before()) + " → " + unquote(c.after());
            default -> c.key() + ": " + c.before() + " → " + c.after();
        };
    }

    private static String unquote(String json) {
        return json.startsWith("\"") && json.endsWith("\"") && json.length() >= 2 ? json.substring(1, json.length() - 1) : json;
    }

    /** The differences as one JSON document (see the README for its fields). */
    static String json(RunDiff diff, Path before, Path after) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("old", before.toString());
        doc.put("new", after.toString());
        ObjectNode summary = doc.putObject("summary");
        summary.put("inBoth", diff.changed().size() + diff.unchanged());
        summary.put("changed", diff.changed().size());
        summary.put("unchanged", diff.unchanged());
        summary.put("added", diff.added().size());
        summary.put("removed", diff.removed().size());
        ObjectNode byKind = summary.putObject("byKind");
        diff.byKind().forEach((kind, n) -> byKind.putObject(kind.name()).put("files", n.files()).put("changes", n.changes()));
        ObjectNode statusChanges = summary.putObject("statusChanges");
        diff.statusChanges().forEach(statusChanges::put);
        ArrayNode files = doc.putArray("changed");
        for (ReportDiff file : diff.changed()) {
            ObjectNode o = files.addObject();
            o.put("file", file.file());
            ArrayNode changes = o.putArray("changes");
            for (Change c : file.changes()) {
                changes.addObject().put("kind", c.kind().name()).put("key", c.key()).put("old", c.before())
                        .put("new", c.after());
            }
        }
        runFiles(doc.putArray("added"), diff.added());
        runFiles(doc.putArray("removed"), diff.removed());
        return doc.toPrettyString();
    }

    private static void runFiles(ArrayNode array, List<RunFile> files) {
        files.forEach(f -> array.addObject().put("file", f.file()).put("status", f.status()));
    }
}
