package io.github.ogireport.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Check;
import io.github.ogireport.model.CheckResult;
import io.github.ogireport.model.Warning;
import io.github.ogireport.review.BatchFigures;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code summary.json}: what the whole output folder holds (a resumed run counts the records of earlier runs as
 * it reads them back, then its own as it writes them), and what this run took. Counts by status, format and template, failed
 * checks by rule, warnings by code, and cross-year mismatches.
 */
final class RunSummary {
    private final Map<String, Integer> status = new TreeMap<>();
    private final Map<String, Integer> format = new TreeMap<>();
    private final Map<String, Integer> template = new TreeMap<>();
    private final Map<String, Integer> checksFailed = new TreeMap<>();
    private final Map<String, Integer> warnings = new TreeMap<>();
    private final Map<String, Integer> errors = new TreeMap<>();
    private final CrossYearCheck crossYear = new CrossYearCheck();
    private final BatchFigures figures = new BatchFigures();
    private int reports;

    /** Forgets every count: the folder's records are counted again (after records were replaced). */
    void clear() {
        reports = 0;
        for (Map<String, Integer> m : List.of(status, format, template, checksFailed, warnings, errors)) {
            m.clear();
        }
        crossYear.clear();
    }

    /** Counts a record an earlier run wrote, read back from {@code reports.jsonl}. */
    void add(JsonNode r) {
        reports++;
        count(status, r.path("status").asText());
        count(format, r.path("format").asText("null"));
        count(template, r.path("template").asText());
        for (JsonNode c : r.path("checks")) {
            if ("FAIL".equals(c.path("result").asText())) {
                count(checksFailed, c.path("rule").asText());
            }
        }
        for (JsonNode w : r.path("warnings")) {
            count(warnings, w.path("code").asText());
        }
        if (r.path("error").isObject()) {
            count(errors, r.path("error").path("type").asText());
        }
        crossYear.add(r);
        figures.add(r);
    }

    /** Counts a report of this run, as it is written. */
    void add(AnnualReport r) {
        reports++;
        count(status, r.status().name());
        count(format, r.format() == null ? "null" : r.format().name());
        count(template, r.template().label());
        for (Check c : r.checks()) {
            if (c.result() == CheckResult.FAIL) {
                count(checksFailed, c.rule().id());
            }
        }
        for (Warning w : r.warnings()) {
            count(warnings, w.code().name());
        }
        if (r.error() != null) {
            count(errors, r.error().type().name());
        }
        crossYear.add(r);
        figures.add(r);
    }

    private static void count(Map<String, Integer> map, String key) {
        map.merge(key, 1, Integer::sum);
    }

    CrossYearCheck crossYear() {
        return crossYear;
    }

    int reports() {
        return reports;
    }

    /** Whether every record is a report (OK or PARTIAL): nothing FAILED, nothing NOT_A_REPORT. */
    boolean allReports() {
        return status.getOrDefault("FAILED", 0) == 0 && status.getOrDefault("NOT_A_REPORT", 0) == 0;
    }

    /** Writes the summary, with this run's own figures. */
    void write(Path file, BatchRun.Result run) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             JsonGenerator g = new JsonFactory().createGenerator(w)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            g.writeStartObject();
            g.writeNumberField("reports", reports);
            // the folder the records' relative paths start from: where the review page finds the sources
            g.writeStringField("workingDirectory", Path.of("").toAbsolutePath().toString());
            map(g, "byStatus", status);
            map(g, "byFormat", format);
            map(g, "byTemplate", template);
            map(g, "checksFailedByRule", checksFailed);
            map(g, "warningsByCode", warnings);
            map(g, "errorsByType", errors);
            g.writeObjectFieldStart("thisRun");
            g.writeNumberField("parsed", run.total());
            g.writeNumberField("skippedAlreadyRecorded", run.skippedRecorded());
            g.writeNumberField("retriedFailed", run.retried());
            g.writeNumberField("replacedChanged", run.replacedChanged());
            g.writeNumberField("abandonedWorkers", run.abandoned());
            g.writeNumberField("abandonedWorkersStillRunning", BatchRun.workersStillBusy());
            g.writeNumberField("skippedExpectedFiles", run.skippedExpected());
            g.writeNumberField("skippedSystemFiles", run.skippedSystemFiles());
            g.writeNumberField("skippedRepeatedFolders", run.skippedRepeatedFolders());
            g.writeNumberField("skippedWebPageAssets", run.skippedAssets());
            g.writeNumberField("skippedByIncludeExclude", run.skippedByPattern());
            g.writeNumberField("seconds", Math.round(run.seconds() * 1000) / 1000.0);
            g.writeNumberField("reportsPerSecond", Math.round(run.total() / Math.max(run.seconds(), 1e-9) * 10) / 10.0);
            g.writeNumberField("megabytesPerSecond",
                    Math.round(run.bytes() / 1e6 / Math.max(run.seconds(), 1e-9) * 100) / 100.0);
            g.writeNumberField("peakHeapMegabytes", Math.round(peakHeapBytes() / 1e5) / 10.0);
            g.writeNumberField("maxHeapMegabytes", Math.round(Runtime.getRuntime().maxMemory() / 1e5) / 10.0);
            g.writeEndObject();
            crossYear.write(g);
            figures.write(g);
            g.writeEndObject();
        }
    }

    /** The most heap this JVM has used so far: the sum of the peaks of its heap memory pools. */
    static long peakHeapBytes() {
        long peak = 0;
        for (java.lang.management.MemoryPoolMXBean pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static void map(JsonGenerator g, String name, Map<String, Integer> map) throws IOException {
        g.writeObjectFieldStart(name);
        for (Map.Entry<String, Integer> e : map.entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }
}
