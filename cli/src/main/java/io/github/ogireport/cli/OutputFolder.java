package io.github.ogireport.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogireport.export.ReportJson;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The two record files of a batch output folder, {@code reports.jsonl} and {@code cells.csv}, made consistent
 * before a resumed run appends to them, and compacted after a run that replaced records.
 *
 * <p>Each record is written to the CSV first and to the JSON Lines file second, so after a kill the JSON Lines file,
 * cut back to its last complete line, is the truth: the CSV is cut to the same number of rows. A record that
 * replaces an earlier one of the same input (a retried failure, a changed file) is appended; compaction then puts the
 * last record of each input where its first one was, so both files hold one row per input, in the same order, and a
 * run that was killed and resumed ends with the same bytes as one that was not.
 */
final class OutputFolder {
    static final String REPORTS = "reports.jsonl";
    static final String CELLS = "cells.csv";
    private static final String NEW = ".new";

    /** Made only when a run resumes: building a mapper takes a fifth of a second of a fresh run's start. */
    private static final class Reader {
        static final ObjectMapper JSON = new ObjectMapper();
    }

    private OutputFolder() {
    }

    /** A folder this run must not add to; the message says why and what to do, and nothing was changed. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /**
     * What an earlier run recorded of one input.
     *
     * @param sha256 the hash of its bytes, empty when it failed before they were read
     * @param failed whether the record is FAILED
     */
    record Entry(String sha256, boolean failed) {
    }

    /**
     * What an earlier run left.
     *
     * @param records how many records both files now hold (one per input)
     * @param byName the recorded inputs by name
     * @param failed how many of them are FAILED
     * @param garbled how many names hold U+FFFD: written under a locale that could not read them
     */
    record Recorded(int records, Map<String, Entry> byName, int failed, int garbled) {
        static final Recorded NONE = new Recorded(0, Map.of(), 0, 0);
    }

    static int contractOf(JsonNode record) {
        return record.path("contract").asInt(1);
    }

    /**
     * Cuts both files back to their common complete records, compacts them when an earlier run was stopped after
     * replacing records, and lists the records; no files means nothing recorded.
     *
     * @param summary counts every record the folder holds
     * @throws Refused when the folder holds records of another output contract, or files that do not belong
     *                 together; nothing was changed then
     */
    static Recorded repair(Path out, RunSummary summary) throws IOException, Refused {
        Path jsonl = out.resolve(REPORTS);
        Path csv = out.resolve(CELLS);
        Files.deleteIfExists(out.resolve(REPORTS + NEW)); // a compaction stopped before it renamed anything
        Files.deleteIfExists(out.resolve(CELLS + NEW));
        if (!Files.exists(jsonl) || !Files.exists(csv)) {
            Files.deleteIfExists(jsonl);
            Files.deleteIfExists(csv);
            return Recorded.NONE;
        }
        Lines lines = Lines.of(jsonl, out, summary);
        long csvRows = rows(csv);
        if (csvRows < lines.count() + 1 && !(lines.duplicates() && csvRows == lines.byName.size() + 1)) {
            throw new Refused(csv + " has " + Math.max(0, csvRows - 1) + " rows but " + jsonl + " has "
                    + lines.count() + " records: the two files no longer belong together (changed or copied by hand?). "
                    + "Nothing was changed. Give another --out to convert the inputs into a new folder, or "
                    + "--overwrite to convert every input again into this one.");
        }
        truncate(jsonl, lines.goodBytes);
        if (lines.duplicates()) {
            // a run stopped after it appended replacements: finish its compaction (the CSV may be compacted already)
            compact(out, csvRows == lines.byName.size() + 1 && csvRows < lines.count() + 1);
            summary.clear();
            Lines compacted = Lines.of(jsonl, out, summary);
            return new Recorded(compacted.count(), compacted.byName, compacted.failed, compacted.garbled);
        }
        truncate(csv, endOfRecord(csv, lines.count() + 1)); // the header and the same number of rows
        return new Recorded(lines.count(), lines.byName, lines.failed, lines.garbled);
    }

    /** The complete records of a JSON Lines file: where they end, and what they record. */
    private static final class Lines {
        final Map<String, Entry> byName = new HashMap<>();
        long goodBytes;
        int count;
        int failed;
        int garbled;

        int count() {
            return count;
        }

        boolean duplicates() {
            return byName.size() < count;
        }

        static Lines of(Path jsonl, Path out, RunSummary summary) throws IOException, Refused {
            Lines lines = new Lines();
            // bytes, not characters: a kill can cut a line inside a multi-byte character
            try (InputStream in = new BufferedInputStream(Files.newInputStream(jsonl), 1 << 16)) {
                ByteArrayOutputStream line = new ByteArrayOutputStream();
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
                    int contract = contractOf(node);
                    if (contract != ReportJson.CONTRACT) {
                        throw new Refused(out + " holds records of output contract " + contract + ", written by "
                                + (contract < ReportJson.CONTRACT ? "an earlier" : "a later") + " version of ogi-report; "
                                + "this version writes contract " + ReportJson.CONTRACT + " and does not mix the two in "
                                + "one folder. Nothing was changed. Give another --out, or --overwrite to convert "
                                + "every input again into this folder.");
                    }
                    boolean failed = "FAILED".equals(node.path("status").asText());
                    if (node.get("file").asText().indexOf('\uFFFD') >= 0) {
                        lines.garbled++;
                    }
                    Entry previous = lines.byName.put(node.get("file").asText(),
                            new Entry(node.path("source").path("sha256").asText(""), failed));
                    if (previous != null && previous.failed()) {
                        lines.failed--;
                    }
                    if (failed) {
                        lines.failed++;
                    }
                    summary.add(node);
                    lines.count++;
                    lines.goodBytes = offset;
                }
            }
            return lines;
        }
    }

    /**
     * Keeps one record per input in both files: the last one written, where the first one was. New files are
     * written beside the old ones, forced to disk and renamed over them, the CSV first: a crash leaves either the
     * old pair, or the new CSV with the old JSON Lines file (which {@link #repair} recognises and finishes).
     *
     * @param csvDone whether the CSV is compacted already (a compaction stopped between its two renames)
     */
    static void compact(Path out, boolean csvDone) throws IOException {
        Path jsonl = out.resolve(REPORTS);
        Path csv = out.resolve(CELLS);
        List<String> names = new ArrayList<>();
        long[] lineEnds = recordEnds(jsonl, false, names);
        int[] order = order(names);
        if (!csvDone) {
            long[] rowEnds = recordEnds(csv, true, null); // the header is row 0
            if (rowEnds.length < lineEnds.length + 1) {
                throw new IOException(csv + " has fewer rows than " + jsonl + " has records");
            }
            Path newCsv = out.resolve(CELLS + NEW);
            try (FileChannel in = FileChannel.open(csv, StandardOpenOption.READ)) {
                write(newCsv, in, rowEnds, order, true);
            }
            replace(newCsv, csv);
        }
        Path newJsonl = out.resolve(REPORTS + NEW);
        try (FileChannel in = FileChannel.open(jsonl, StandardOpenOption.READ)) {
            write(newJsonl, in, lineEnds, order, false);
        }
        replace(newJsonl, jsonl);
        forceFolder(out);
    }

    /**
     * Which record goes in each place: for each input in the order of its first record, the index of its last one.
     */
    static int[] order(List<String> names) {
        Map<String, Integer> last = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            last.put(names.get(i), i);
        }
        int[] order = new int[last.size()];
        int n = 0;
        Map<String, Boolean> placed = new HashMap<>();
        for (String name : names) {
            if (placed.putIfAbsent(name, Boolean.TRUE) == null) {
                order[n++] = last.get(name);
            }
        }
        return order;
    }

    /** Writes the records in the given order (after the header when there is one), and forces the file to disk. */
    private static void write(Path target, FileChannel in, long[] ends, int[] order, boolean header)
            throws IOException {
        try (FileChannel outChannel = FileChannel.open(target, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
             OutputStream o = new BufferedOutputStream(Channels.newOutputStream(outChannel), 1 << 16)) {
            int shift = header ? 1 : 0;
            if (header) {
                copy(in, 0, ends[0], o);
            }
            for (int i : order) {
                long from = i + shift == 0 ? 0 : ends[i + shift - 1];
                copy(in, from, ends[i + shift], o);
            }
            o.flush();
            outChannel.force(true);
        }
    }

    private static void copy(FileChannel in, long from, long to, OutputStream o) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(1 << 16, Math.max(1, to - from)));
        long pos = from;
        while (pos < to) {
            buffer.clear();
            buffer.limit((int) Math.min(buffer.capacity(), to - pos));
            int n = in.read(buffer, pos);
            if (n < 0) {
                throw new IOException("the file ended before its last record");
            }
            o.write(buffer.array(), 0, n);
            pos += n;
        }
    }

    private static void replace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Forces the folder's entries (the renames) to disk where the platform can. */
    private static void forceFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not every platform opens a folder as a file (Windows): its renames are durable by then anyway
        }
    }

    /**
     * The byte offsets just after each record of a file: CSV rows (quotes may hold line breaks) or JSON lines, whose
     * {@code file} names are added to {@code names} when it is given.
     */
    private static long[] recordEnds(Path file, boolean quoted, List<String> names) throws IOException {
        long[] ends = new long[1024];
        int n = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            ByteArrayOutputStream line = names == null ? null : new ByteArrayOutputStream();
            boolean inQuotes = false;
            long pos = 0;
            int b;
            while ((b = in.read()) != -1) {
                pos++;
                if (line != null && b != '\n') {
                    line.write(b);
                }
                if (quoted && b == '"') {
                    inQuotes = !inQuotes;
                } else if (b == '\n' && !inQuotes) {
                    if (n == ends.length) {
                        ends = Arrays.copyOf(ends, n * 2);
                    }
                    ends[n++] = pos;
                    if (line != null) {
                        names.add(Reader.JSON.readTree(line.toByteArray()).get("file").asText());
                        line.reset();
                    }
                }
            }
        }
        return Arrays.copyOf(ends, n);
    }

    /** How many CSV records (the header included) a file holds. */
    private static long rows(Path csv) throws IOException {
        return recordEnds(csv, true, null).length;
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
