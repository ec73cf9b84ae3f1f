package io.github.ogireport.verify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogireport.export.ReportJson;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the {@code reports.jsonl} of a {@code batch} run, written by output contract 1 or 2: each report keyed by its
 * {@code file} field.
 */
final class BatchOutput {
    // amounts such as 4.98 are compared as written, not as doubles
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private BatchOutput() {
    }

    /**
     * The reports of a JSON Lines file in the order they appear; blank lines are skipped.
     *
     * @throws IOException when the file cannot be read, a line is not a JSON object with a {@code file}, or a
     *                     file appears twice with different reports (a diff could not tell which one to use)
     */
    static Map<String, JsonNode> read(Path jsonl) throws IOException {
        Map<String, JsonNode> reports = new LinkedHashMap<>();
        try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode report;
                try {
                    report = JSON.readTree(line);
                } catch (JsonProcessingException e) {
                    throw new IOException(jsonl + " line " + number + ": not JSON: " + e.getOriginalMessage());
                }
                if (report == null || !report.isObject() || !report.path("file").isTextual()) {
                    throw new IOException(jsonl + " line " + number + ": not a report (a JSON object with \"file\")");
                }
                // contract 1 has no "contract" field; 1 and 2 differ only in what an absent detail means
                if (report.path("contract").asInt(1) > ReportJson.CONTRACT) {
                    throw new IOException(jsonl + " line " + number + ": written by output contract version "
                            + report.get("contract") + "; this version reads contracts 1 to " + ReportJson.CONTRACT);
                }
                JsonNode before = reports.putIfAbsent(report.get("file").asText(), report);
                if (before != null && !before.equals(report)) {
                    throw new IOException(jsonl + " line " + number + ": " + report.get("file").asText()
                            + " appears twice, with different reports");
                }
            }
        }
        return reports;
    }
}
