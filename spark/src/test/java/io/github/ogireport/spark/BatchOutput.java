package io.github.ogireport.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogireport.cli.Main;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the cli module's {@code batch} command writes for some paths, run in-process: the reference the Spark output
 * must equal. Each distinct command line runs once per test JVM.
 *
 * @param exitStatus batch's exit status
 * @param jsonLines {@code reports.jsonl}, in order
 * @param csv {@code cells.csv}'s rows by file, each a map from column to text
 * @param jsonByFile the JSON line of each file
 */
record BatchOutput(int exitStatus, List<String> jsonLines, Map<String, Map<String, String>> csv,
                   Map<String, String> jsonByFile) {

    /** The root's testdata folder, as an absolute path (the tests run in the spark module's folder). */
    static final Path TESTDATA = Path.of("..", "testdata").toAbsolutePath().normalize();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<List<String>, BatchOutput> RUNS = new LinkedHashMap<>();

    /** batch over the whole testdata folder. */
    static BatchOutput ofTestdata() {
        return of(TESTDATA.toString());
    }

    /** batch with these arguments (paths and options), run once per test JVM. */
    static synchronized BatchOutput of(String... args) {
        return RUNS.computeIfAbsent(List.of(args), BatchOutput::run);
    }

    private static BatchOutput run(List<String> args) {
        try {
            Path out = Files.createTempDirectory("ogi-batch");
            String[] command = new String[args.size() + 5];
            command[0] = "batch";
            for (int i = 0; i < args.size(); i++) {
                command[i + 1] = args.get(i);
            }
            command[args.size() + 1] = "--out";
            command[args.size() + 2] = out.toString();
            command[args.size() + 3] = "--quiet";
            command[args.size() + 4] = "--threads=2";
            int status = Main.run(command);
            List<String> lines = Files.readAllLines(out.resolve("reports.jsonl"), StandardCharsets.UTF_8);
            Map<String, String> byFile = new LinkedHashMap<>();
            for (String line : lines) {
                byFile.put(JSON.readTree(line).get("file").asText(), line);
            }
            Map<String, Map<String, String>> csv = new LinkedHashMap<>();
            try (Reader in = Files.newBufferedReader(out.resolve("cells.csv"), StandardCharsets.UTF_8);
                 CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                for (CSVRecord record : parser) {
                    csv.put(record.get("file"), record.toMap());
                }
            }
            return new BatchOutput(status, lines, csv, byFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
