package io.github.ogireport.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The records of a {@code reports.jsonl} by number: the byte offset where each line starts, and the few fields the
 * file list filters on. A record itself is read from the file when a page shows it, so that a folder of 100,000
 * reports (3.5 GB of JSON) costs the server a few megabytes of heap rather than gigabytes. Counts by status, format,
 * template, failing rule and warning code, and the {@link BatchFigures}, are made in the same pass.
 */
final class ReportIndex {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The fields of one record the file list shows and filters on. Repeated strings (statuses, rules, codes) are
     * shared.
     */
    record Entry(String file, String status, String format, String template, String agency, Integer year,
                 List<String> failingRules, List<String> warningCodes) {
    }

    private final Path file;
    private final long[] offsets;
    private final List<Entry> entries;
    private final Map<String, Map<String, Integer>> counts;
    private final BatchFigures figures;
    private final Map<String, Integer> byFile;

    private ReportIndex(Path file, long[] offsets, List<Entry> entries, Map<String, Map<String, Integer>> counts,
                        BatchFigures figures) {
        this.file = file;
        this.offsets = offsets;
        this.entries = entries;
        this.counts = counts;
        this.figures = figures;
        this.byFile = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            byFile.putIfAbsent(entries.get(i).file(), i);
        }
    }

    /**
     * Reads the records' offsets and list fields. A last line without its line break (a run that was killed) is
     * left out, as {@code batch} itself would cut it.
     *
     * @throws IOException when the file cannot be read, naming it; a complete line that is not JSON too
     */
    static ReportIndex build(Path jsonl) throws IOException {
        List<Long> starts = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (String name : List.of("byStatus", "byFormat", "byTemplate", "checksFailedByRule", "warningsByCode",
                "errorsByType")) {
            counts.put(name, new TreeMap<>());
        }
        BatchFigures figures = new BatchFigures();
        Map<String, String> shared = new HashMap<>();
        try (InputStream in = Files.newInputStream(jsonl)) {
            byte[] buffer = new byte[1 << 16];
            byte[] line = new byte[1 << 16];
            int length = 0;
            long position = 0;
            long lineStart = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                int from = 0;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] != '\n') {
                        continue;
                    }
                    int part = i - from;
                    if (length + part > line.length) {
                        line = Arrays.copyOf(line, Math.max(line.length * 2, length + part));
                    }
                    System.arraycopy(buffer, from, line, length, part);
                    length += part;
                    JsonNode record;
                    try {
                        record = JSON.readTree(line, 0, length);
                    } catch (IOException e) {
                        throw new IOException(jsonl + ": record " + (starts.size() + 1) + " is not JSON: " + e.getMessage(), e);
                    }
                    starts.add(lineStart);
                    entries.add(entry(record, shared));
                    count(counts, record);
                    figures.add(record);
                    lineStart = position + i + 1;
                    length = 0;
                    from = i + 1;
                }
                int rest = n - from;
                if (length + rest > line.length) {
                    line = Arrays.copyOf(line, Math.max(line.length * 2, length + rest));
                }
                System.arraycopy(buffer, from, line, length, rest);
                length += rest;
                position += n;
            }
            starts.add(lineStart); // where the next record would start: the end of the last one
        }
        long[] offsets = starts.stream().mapToLong(Long::longValue).toArray();
        return new ReportIndex(jsonl, offsets, List.copyOf(entries), counts, figures);
    }

    private static Entry entry(JsonNode r, Map<String, String> shared) {
        List<String> rules = new ArrayList<>();
        for (JsonNode c : r.path("checks")) {
            if ("FAIL".equals(c.path("result").asText())) {
                rules.add(share(shared, c.path("rule").asText()));
            }
        }
        List<String> codes = new ArrayList<>();
        for (JsonNode w : r.path("warnings")) {
            codes.add(share(shared, w.path("code").asText()));
        }
        JsonNode year = r.get("year");
        return new Entry(r.path("file").asText(), share(shared, r.path("status").asText()),
                share(shared, r.path("format").asText("null")), share(shared, r.path("template").asText()),
                r.path("agency").isTextual() ? share(shared, r.path("agency").asText()) : null,
                year != null && year.canConvertToInt() ? year.asInt() : null,
                List.copyOf(rules), List.copyOf(codes));
    }

    private static String share(Map<String, String> shared, String s) {
        return shared.computeIfAbsent(s, k -> k);
    }

    private static void count(Map<String, Map<String, Integer>> counts, JsonNode r) {
        counts.get("byStatus").merge(r.path("status").asText(), 1, Integer::sum);
        counts.get("byFormat").merge(r.path("format").asText("null"), 1, Integer::sum);
        counts.get("byTemplate").merge(r.path("template").asText(), 1, Integer::sum);
        for (JsonNode c : r.path("checks")) {
            if ("FAIL".equals(c.path("result").asText())) {
                counts.get("checksFailedByRule").merge(c.path("rule").asText(), 1, Integer::sum);
            }
        }
        for (JsonNode w : r.path("warnings")) {
            counts.get("warningsByCode").merge(w.path("code").asText(), 1, Integer::sum);
        }
        if (r.path("error").isObject()) {
            counts.get("errorsByType").merge(r.path("error").path("type").asText(), 1, Integer::sum);
        }
    }

    /** How many records the file holds. */
    int size() {
        return entries.size();
    }

    /** Where record {@code i} starts in the file. */
    long offset(int i) {
        return offsets[i];
    }

    Entry entry(int i) {
        return entries.get(i);
    }

    /** The number of the record of a file, or -1. */
    int numberOf(String file) {
        return byFile.getOrDefault(file, -1);
    }

    /** The counts by status, format, template, failing rule, warning code and error type, as summary.json names them. */
    Map<String, Map<String, Integer>> counts() {
        return counts;
    }

    BatchFigures figures() {
        return figures;
    }

    /** The agencies and years of the records, sorted, for the file list's choices. */
    Set<String> agencies() {
        Set<String> all = new TreeSet<>();
        entries.forEach(e -> {
            if (e.agency() != null) {
                all.add(e.agency());
            }
        });
        return all;
    }

    Set<Integer> years() {
        Set<Integer> all = new TreeSet<>();
        entries.forEach(e -> {
            if (e.year() != null) {
                all.add(e.year());
            }
        });
        return all;
    }

    /** Reads record {@code i} from the file. */
    JsonNode read(int i) throws IOException {
        if (i < 0 || i >= entries.size()) {
            throw new IllegalArgumentException("no record " + i + " in " + file);
        }
        int length = (int) (offsets[i + 1] - offsets[i]);
        byte[] bytes = new byte[length];
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            f.seek(offsets[i]);
            f.readFully(bytes);
        }
        return JSON.readTree(bytes);
    }

    /** The numbers of the records that pass a filter, in file order. */
    List<Integer> select(ListFilter filter) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (filter.accepts(entries.get(i))) {
                found.add(i);
            }
        }
        return found;
    }
}
