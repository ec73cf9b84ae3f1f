package io.github.ogireport.verify;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The differences between two {@code batch} runs over the same files, such as before and after an upgrade: per
 * file what changed, and the files only one run has. No expected files are needed. Files are matched by the
 * {@code file} field of each report, so both runs must name the files the same way (run {@code batch} on the same
 * paths).
 *
 * <pre>{@code
 * RunDiff diff = RunDiff.between(Path.of("before/reports.jsonl"), Path.of("after/reports.jsonl"));
 * diff.changed().forEach(f -> System.out.println(f.file() + " " + f.changes()));
 * }</pre>
 *
 * @param changed the files in both runs that changed, in the order of the old run
 * @param unchanged how many files are in both runs without a change
 * @param added files only the new run has
 * @param removed files only the old run has
 */
public record RunDiff(List<ReportDiff> changed, int unchanged, List<RunFile> added, List<RunFile> removed) {
    public RunDiff {
        changed = List.copyOf(changed);
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }

    /**
     * How many files had a kind of change, and how many changes of that kind there were.
     *
     * @param files files with at least one change of the kind
     * @param changes changes of the kind over all files
     */
    public record KindCount(int files, int changes) {
    }

    /**
     * Compares two {@code reports.jsonl} files.
     *
     * @throws IOException when a file cannot be read or a line is not a report
     */
    public static RunDiff between(Path before, Path after) throws IOException {
        return between(BatchOutput.read(before), BatchOutput.read(after));
    }

    /** Compares two runs given as reports keyed by file. */
    static RunDiff between(Map<String, JsonNode> before, Map<String, JsonNode> after) {
        List<ReportDiff> changed = new ArrayList<>();
        List<RunFile> removed = new ArrayList<>();
        int unchanged = 0;
        for (Map.Entry<String, JsonNode> e : before.entrySet()) {
            JsonNode now = after.get(e.getKey());
            if (now == null) {
                removed.add(new RunFile(e.getKey(), e.getValue().path("status").asText()));
                continue;
            }
            ReportDiff diff = ReportDiff.between(e.getKey(), e.getValue(), now);
            if (diff.changes().isEmpty()) {
                unchanged++;
            } else {
                changed.add(diff);
            }
        }
        List<RunFile> added = new ArrayList<>();
        after.forEach((file, report) -> {
            if (!before.containsKey(file)) {
                added.add(new RunFile(file, report.path("status").asText()));
            }
        });
        return new RunDiff(changed, unchanged, added, removed);
    }

    /** Whether anything differs: a changed, added or removed file. */
    public boolean hasChanges() {
        return !changed.isEmpty() || !added.isEmpty() || !removed.isEmpty();
    }

    /** The corpus summary by kind of change, in the order of {@link ChangeKind}; kinds that did not occur are left out. */
    public Map<ChangeKind, KindCount> byKind() {
        Map<ChangeKind, KindCount> counts = new EnumMap<>(ChangeKind.class);
        for (ReportDiff file : changed) {
            for (ChangeKind kind : ChangeKind.values()) {
                int n = file.changes(kind).size();
                if (n > 0) {
                    counts.merge(kind, new KindCount(1, n),
                            (a, b) -> new KindCount(a.files() + b.files(), a.changes() + b.changes()));
                }
            }
        }
        return Collections.unmodifiableMap(counts);
    }

    /** How often each status change occurred, such as {@code "OK → PARTIAL"} → 2, most frequent first. */
    public Map<String, Integer> statusChanges() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (ReportDiff file : changed) {
            for (Change c : file.changes(ChangeKind.STATUS)) {
                counts.merge(unquote(c.before()) + " → " + unquote(c.after()), 1, Integer::sum);
            }
        }
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return Collections.unmodifiableMap(sorted);
    }

    private static String unquote(String json) {
        return json.length() >= 2 && json.startsWith("\"") && json.endsWith("\"") ? json.substring(1, json.length() - 1) : json;
    }
}
