package io.github.ogireport.verify;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What changed for one file between two runs: status, template, metadata, cells (old → new), checks that flipped
 * and warnings added or removed, in that order. A null cell whose kind changed (blank to dash, found to not found)
 * is a changed cell too. Sections, the rest of the cell details and extra rows are not compared: a changed value
 * shows in the cells, and section text changes with every tweak of the text cleaning.
 *
 * <p>Runs of both output contracts compare: contract 1 wrote a detail for every cell, contract 2 leaves out the
 * detail of a plain number and of a cell not found, which is what an absent detail means (FORMAT.md B1).
 *
 * @param file the file, as the runs name it
 * @param changes every change, in the order of {@link ChangeKind}
 */
public record ReportDiff(String file, List<Change> changes) {
    private static final List<String> METADATA = List.of("format", "title", "agency", "year", "publishDate", "period",
            "error");

    public ReportDiff {
        changes = List.copyOf(changes);
    }

    /** The changes between the old and the new report of one file (two lines of {@code reports.jsonl}). */
    public static ReportDiff between(String file, JsonNode before, JsonNode after) {
        List<Change> changes = new ArrayList<>();
        field(ChangeKind.STATUS, "status", before, after, changes);
        field(ChangeKind.TEMPLATE, "template", before, after, changes);
        for (String name : METADATA) {
            field(ChangeKind.METADATA, name, before, after, changes);
        }
        cells(before, after, changes);
        checks(before.path("checks"), after.path("checks"), changes);
        warnings(before.path("warnings"), after.path("warnings"), changes);
        return new ReportDiff(file, changes);
    }

    /** The changes of one kind. */
    public List<Change> changes(ChangeKind kind) {
        return changes.stream().filter(c -> c.kind() == kind).toList();
    }

    private static void field(ChangeKind kind, String name, JsonNode before, JsonNode after, List<Change> out) {
        JsonNode a = before.path(name);
        JsonNode b = after.path(name);
        if (!ExpectedReport.same(a, b)) {
            out.add(new Change(kind, name, text(a), text(b)));
        }
    }

    private static void cells(JsonNode beforeReport, JsonNode afterReport, List<Change> out) {
        JsonNode before = beforeReport.path("cells");
        JsonNode after = afterReport.path("cells");
        Set<String> keys = new LinkedHashSet<>();
        before.fieldNames().forEachRemaining(keys::add);
        after.fieldNames().forEachRemaining(keys::add);
        for (String key : keys) {
            JsonNode a = before.path(key);
            JsonNode b = after.path(key);
            // a key in one run only is a change even when its value is null: the template's cells changed
            if (!ExpectedReport.same(a, b) || a.isMissingNode() != b.isMissingNode()) {
                out.add(new Change(ChangeKind.CELL, key, text(a), text(b)));
            } else if (a.isNull() && b.isNull()) {
                String was = kind(beforeReport, key);
                String now = kind(afterReport, key);
                if (!was.equals(now)) {
                    out.add(new Change(ChangeKind.CELL, key, "null (" + was + ")", "null (" + now + ")"));
                }
            }
        }
    }

    /**
     * The kind of a cell: its detail's, or when it has none (contract 2) NUMBER for a number and MISSING for null.
     */
    static String kind(JsonNode report, String key) {
        JsonNode detail = report.path("cellDetails").path(key);
        if (detail.path("kind").isTextual()) {
            return detail.path("kind").asText();
        }
        JsonNode value = report.path("cells").path(key);
        return value.isNumber() ? "NUMBER" : "MISSING";
    }

    private static void checks(JsonNode before, JsonNode after, List<Change> out) {
        Map<String, String> a = checkResults(before);
        Map<String, String> b = checkResults(after);
        Set<String> keys = new LinkedHashSet<>(a.keySet());
        keys.addAll(b.keySet());
        for (String key : keys) {
            String was = a.getOrDefault(key, Change.ABSENT);
            String now = b.getOrDefault(key, Change.ABSENT);
            if (!was.equals(now)) {
                out.add(new Change(ChangeKind.CHECK, key, was, now));
            }
        }
    }

    private static Map<String, String> checkResults(JsonNode checks) {
        Map<String, String> results = new LinkedHashMap<>();
        checks.forEach(c -> results.put(c.path("rule").asText() + ":" + c.path("scope").asText(),
                c.path("result").asText()));
        return results;
    }

    /** Warnings are the same when code, place and message are; a warning whose message changed is removed and added. */
    private static void warnings(JsonNode before, JsonNode after, List<Change> out) {
        List<JsonNode> a = new ArrayList<>();
        before.forEach(a::add);
        List<JsonNode> b = new ArrayList<>();
        after.forEach(b::add);
        List<JsonNode> removed = new ArrayList<>(a);
        List<JsonNode> added = new ArrayList<>();
        for (JsonNode w : b) {
            if (!removed.remove(w)) {
                added.add(w);
            }
        }
        added.forEach(w -> out.add(new Change(ChangeKind.WARNING_ADDED, warningKey(w), Change.ABSENT, message(w))));
        removed.forEach(w -> out.add(new Change(ChangeKind.WARNING_REMOVED, warningKey(w), message(w), Change.ABSENT)));
    }

    private static String warningKey(JsonNode w) {
        JsonNode where = w.path("where");
        return w.path("code").asText() + (where.isTextual() ? "@" + where.asText() : "");
    }

    private static String message(JsonNode w) {
        return w.path("message").asText();
    }

    private static String text(JsonNode value) {
        return value.isMissingNode() ? Change.ABSENT : value.toString();
    }
}
