package io.github.ogireport.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * The two record files of a batch output folder, {@code reports.jsonl} and {@code cells.csv}, made consistent
 * before a resumed run appends to them. Each record is written to the CSV first and to the JSON Lines file
 * second, so after a kill the JSON Lines file, cut back to its last complete line, is the truth: the CSV is cut
 * to the same number of rows.
 */
final class OutputFolder {
    static final String REPORTS = "reports.jsonl";
    static final String CELLS = "cells.csv";
    /** Made only when a run resumes: building a mapper takes a fifth of a second of a fresh run's start. */
    private static final class Reader {
        static final ObjectMapper JSON = new ObjectMapper();
    }

    private OutputFolder() {
    }

    /**
     * What an earlier run left: the inputs it recorded, as {@code name + " " + sha256}.
     *
     * @param records how many complete records both files now hold
     * @param done the recorded inputs
     */
    record Recorded(int records, Set<String> done) {
    }

    /** The key under which an input is recorded: its name and the hash of its bytes. */
    static String key(String name, String sha256) {
        return name + " " + sha256;
    }

    /**
     * Cuts both files back to their common complete records and lists them; no files means nothing recorded.
     *
     * @param summary counts every complete record read back
     */
    static Recorded repair(Path out, RunSummary summary) throws IOException {
        Path jsonl = out.resolve(REPORTS);
        Path csv = out.resolve(CELLS);
        if (!Files.exists(jsonl) || !Files.exists(csv)) {
            Files.deleteIfExists(jsonl);
            Files.deleteIfExists(csv);
            return new Recorded(0, Set.of());
        }
        Set<String> done = new HashSet<>();
        long goodBytes = 0;
        int records = 0;
        // bytes, not characters: a kill can cut a line inside a multi-byte character
        try (InputStream in = new BufferedInputStream(Files.newInputStream(jsonl), 1 << 16)) {
            java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
            long offset = 0;
            int b;
            while ((b = in.read()) != -1) {
                offset++;
                if (b != '\n') {
                    line.write(b);
                    continue;
                }
                JsonNode node;
                try {
                    node = Reader.JSON.readTree(line.toByteArray());
                } catch (IOException damaged) {
                    break; // a line that is not JSON: drop it and everything after
                }
                line.reset();
                if (node == null || !node.has("file")) {
                    break;
                }
                done.add(key(node.get("file").asText(), node.path("source").path("sha256").asText("")));
                summary.add(node);
                records++;
                goodBytes = offset;
            }
        }
        truncate(jsonl, goodBytes);
        long csvEnd = endOfRecord(csv, records + 1); // the header and the same number of rows
        if (csvEnd < 0) {
            throw new IOException(csv + " has fewer rows than " + jsonl + " has records: the output folder was "
                    + "changed by hand; delete it (or use --overwrite) to start again");
        }
        truncate(csv, csvEnd);
        return new Recorded(records, done);
    }

    /** The byte offset just after the n-th CSV record (quotes may hold line breaks), or -1 if there are fewer. */
    static long endOfRecord(Path csv, int n) throws IOException {
        if (n == 0) {
            return 0;
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(csv))) {
            boolean quoted = false;
            int seen = 0;
            long pos = 0;
            int b;
            while ((b = in.read()) != -1) {
                pos++;
                if (b == '"') {
                    quoted = !quoted;
                } else if (b == '\n' && !quoted && ++seen == n) {
                    return pos;
                }
            }
            return -1;
        }
    }

    private static void truncate(Path file, long size) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            if (ch.size() > size) {
                ch.truncate(size);
            }
        }
    }
}
