package io.github.ogireport.cli;

import io.github.ogireport.TestData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inputs as researchers receive them: zips made on Chinese Windows, zips inside zips, the files macOS and
 * Windows leave beside documents, folders linked back into themselves, and lists of files saved by Notepad.
 */
class BatchArchivesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path GAOPING = TestData.seed(2);
    private static final Path LANTIAN = TestData.seed(0);
    private static final Path GAOPING_DOCX = TestData.of("word/gaoping2019-docx.docx");

    private String err = "";

    private int batch(String... args) {
        CommandRun run = CommandRun.of(args);
        err = run.err();
        return run.exit();
    }

    /** The records of a run by file name, in the order written. */
    private static Map<String, JsonNode> records(Path out) throws IOException {
        Map<String, JsonNode> byFile = new LinkedHashMap<>();
        for (String line : Files.readAllLines(out.resolve("reports.jsonl"), StandardCharsets.UTF_8)) {
            JsonNode r = JSON.readTree(line);
            assertEquals(null, byFile.put(r.get("file").asText(), r), "recorded twice: " + r.get("file"));
        }
        return byFile;
    }

    private static JsonNode thisRun(Path out) throws IOException {
        return JSON.readTree(out.resolve("summary.json").toFile()).get("thisRun");
    }

    /** A zip with its members' names written in {@code charset}, without the UTF-8 flag unless it is UTF-8. */
    private static void zip(Path zip, Charset charset, Map<String, byte[]> members) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out, charset)) {
            for (Map.Entry<String, byte[]> m : members.entrySet()) {
                z.putNextEntry(new ZipEntry(m.getKey()));
                z.write(m.getValue());
                z.closeEntry();
            }
        }
    }

    @Test
    void aZipMadeOnChineseWindowsIsReadWithItsChineseNames(@TempDir Path in, @TempDir Path out) throws IOException {
        Path zip = in.resolve("年报.zip");
        zip(zip, Charset.forName("GBK"), Map.of("高坪区/2019年年报.txt", Files.readAllBytes(GAOPING)));
        byte[] bytes = Files.readAllBytes(zip);
        assertEquals(0, bytes[7] & 0x08, "the name is GBK, not flagged as UTF-8 (general purpose bit 11)");

        assertEquals(0, batch("batch", in.toString(), "--out", out.toString(), "--quiet"));
        JsonNode r = records(out).get(zip + "!/高坪区/2019年年报.txt");
        assertEquals("OK", r.get("status").asText());
        assertEquals("高坪区人民政府办公室", r.get("agency").asText());
    }

    @Test
    void aZipWithUtf8NamesButNoFlagIsReadAsUtf8(@TempDir Path in, @TempDir Path out) throws IOException {
        // Info-ZIP on Linux writes UTF-8 names without the flag; the GBK fallback must not garble them
        Path zip = in.resolve("a.zip");
        zip(zip, StandardCharsets.UTF_8, Map.of("岚天乡.txt", Files.readAllBytes(LANTIAN)));
        byte[] bytes = Files.readAllBytes(zip);
        bytes[7] &= ~0x08; // clear the UTF-8 flag in the local header ...
        int central = indexOf(bytes, new byte[] {'P', 'K', 1, 2});
        bytes[central + 9] &= ~0x08; // ... and in the central directory
        Files.write(zip, bytes);

        batch("batch", in.toString(), "--out", out.toString(), "--quiet");
        assertEquals(List.of(zip + "!/岚天乡.txt"), new ArrayList<>(records(out).keySet()));
    }

    @Test
    void aZipInsideAZipIsReadMemberByMemberAndAWordDocumentInItIsADocument(@TempDir Path in, @TempDir Path out)
            throws IOException {
        Path inner = in.resolve("inner.tmp");
        Map<String, byte[]> years = new LinkedHashMap<>();
        years.put("2019/高坪.txt", Files.readAllBytes(GAOPING));
        years.put("2020/岚天.txt", Files.readAllBytes(LANTIAN));
        zip(inner, StandardCharsets.UTF_8, years);
        Path outer = in.resolve("省.zip");
        Map<String, byte[]> members = new LinkedHashMap<>();
        members.put("县/区县年报.zip", Files.readAllBytes(inner));
        members.put("高坪.docx", Files.readAllBytes(GAOPING_DOCX));
        zip(outer, StandardCharsets.UTF_8, members);
        Files.delete(inner);

        assertEquals(0, batch("batch", in.toString(), "--out", out.toString(), "--quiet"));
        Map<String, JsonNode> records = records(out);
        assertEquals(List.of(outer + "!/县/区县年报.zip!/2019/高坪.txt", outer + "!/县/区县年报.zip!/2020/岚天.txt",
                outer + "!/高坪.docx"), new ArrayList<>(records.keySet()));
        assertEquals("城口县岚天乡人民政府", records.get(outer + "!/县/区县年报.zip!/2020/岚天.txt").get("agency").asText());
        JsonNode docx = records.get(outer + "!/高坪.docx");
        assertEquals("DOCX", docx.get("format").asText());
        assertEquals(2019, docx.get("year").asInt());
    }

    @Test
    void documentsInZipContainersAreOneInputEachNotArchives(@TempDir Path in, @TempDir Path out) throws IOException {
        Path odt = Files.copy(TestData.of("bad/libreoffice-report.odt"), in.resolve("年报.odt"));
        // OFD, the national fixed-layout format, is a zip with OFD.xml at its root (GB/T 33190); constructed here
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("OFD.xml", "<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\" Version=\"1.0\"><ofd:DocBody>"
                .concat("<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>")
                .getBytes(StandardCharsets.UTF_8));
        parts.put("Doc_0/Document.xml", "<ofd:Document xmlns:ofd=\"http://www.ofdspec.org/2016\"/>"
                .getBytes(StandardCharsets.UTF_8));
        Path ofd = in.resolve("年报.ofd");
        zip(ofd, StandardCharsets.UTF_8, parts);

        assertEquals(3, batch("batch", in.toString(), "--out", out.toString(), "--quiet"));
        Map<String, JsonNode> records = records(out);
        assertEquals(List.of(odt.toString(), ofd.toString()), new ArrayList<>(records.keySet()));
        assertTrue(records.get(odt.toString()).get("error").get("message").asText().contains("OpenDocument text"));
        assertTrue(records.get(ofd.toString()).get("error").get("message").asText().contains("an OFD document"));
    }

    @Test
    void zipsNestedPastTheDepthLimitAreInputsThatFail(@TempDir Path in, @TempDir Path out) throws IOException {
        byte[] member = Files.readAllBytes(GAOPING);
        String name = "r.txt";
        for (int depth = 0; depth <= ZipArchives.MAX_DEPTH; depth++) {
            Path z = in.resolve("z" + depth);
            zip(z, StandardCharsets.UTF_8, Map.of(name, member));
            member = Files.readAllBytes(z);
            Files.delete(z);
            name = "z" + depth + ".zip";
        }
        Files.write(in.resolve(name), member); // z3.zip!/z2.zip!/z1.zip!/z0.zip!/r.txt

        assertEquals(3, batch("batch", in.toString(), "--out", out.toString(), "--quiet"));
        Map<String, JsonNode> records = records(out);
        String deepest = in.resolve("z3.zip") + "!/z2.zip!/z1.zip!/z0.zip";
        assertEquals(List.of(deepest), new ArrayList<>(records.keySet()));
        assertEquals("FAILED", records.get(deepest).get("status").asText());
    }

    @Test
    void filesThatOperatingSystemsLeaveBesideDocumentsAreSkippedAndCounted(@TempDir Path in, @TempDir Path out)
            throws IOException {
        Files.copy(GAOPING, in.resolve("高坪.txt"));
        Files.write(in.resolve(".DS_Store"), new byte[] {0, 0, 0, 1, 'B', 'u', 'd', '1'});
        Files.write(in.resolve("Thumbs.db"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
        Files.write(in.resolve("~$高坪.docx"), new byte[162]); // Word's owner file of an open document
        Map<String, byte[]> members = new LinkedHashMap<>();
        members.put("岚天.txt", Files.readAllBytes(LANTIAN));
        members.put("__MACOSX/._岚天.txt", new byte[] {0, 5, 22, 7, 0, 2, 0, 0}); // AppleDouble
        members.put("desktop.ini", "[.ShellClassInfo]".getBytes(StandardCharsets.US_ASCII));
        zip(in.resolve("mac.zip"), StandardCharsets.UTF_8, members);

        assertEquals(0, batch("batch", in.toString(), "--out", out.toString()));
        assertEquals(List.of(in.resolve("mac.zip") + "!/岚天.txt", in.resolve("高坪.txt").toString()),
                new ArrayList<>(records(out).keySet()));
        assertEquals(5, thisRun(out).get("skippedSystemFiles").asInt());
        assertTrue(err.contains("5 system files"), err);
    }

    @Test
    void aFolderLinkedBackIntoItselfIsWalkedOnce(@TempDir Path in, @TempDir Path out) throws IOException {
        Path year = Files.createDirectories(in.resolve("省").resolve("2019"));
        Files.copy(GAOPING, year.resolve("高坪.txt"));
        Files.createSymbolicLink(year.resolve("回到省"), year.getParent());

        assertEquals(0, batch("batch", in.toString(), "--out", out.toString()));
        assertEquals(List.of(year.resolve("高坪.txt").toString()), new ArrayList<>(records(out).keySet()));
        assertEquals(1, thisRun(out).get("skippedRepeatedFolders").asInt());
        assertTrue(err.contains(year.resolve("回到省") + " is the folder"), err);
    }

    @Test
    void anOutputFolderInsideTheInputFolderIsNotAnInput(@TempDir Path in) throws IOException {
        Files.copy(GAOPING, in.resolve("高坪.txt"));
        Path out = in.resolve("结果");
        assertEquals(0, batch("batch", in.toString(), "--out", out.toString(), "--quiet"));
        // the rerun sees reports.jsonl, cells.csv and summary.json beside the report, changed since the first run
        assertEquals(0, batch("batch", in.toString(), "--out", out.toString(), "--quiet"));
        assertEquals(List.of(in.resolve("高坪.txt").toString()), new ArrayList<>(records(out).keySet()));
        assertEquals(1, thisRun(out).get("skippedAlreadyRecorded").asInt());
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8 with BOM", "UTF-16LE with BOM", "GBK"})
    void aManifestSavedByNotepadIsRead(String saved, @TempDir Path in, @TempDir Path out) throws IOException {
        Path report = Files.copy(GAOPING, in.resolve("高坪区年报.txt"));
        String text = "# 年报清单\r\n" + report.toAbsolutePath() + "\r\n";
        byte[] bytes = switch (saved) {
            case "UTF-8 with BOM" -> ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
            case "UTF-16LE with BOM" -> ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
            default -> text.getBytes(Charset.forName("GBK"));
        };
        Path list = Files.write(in.resolve("清单.lst"), bytes);

        assertEquals(0, batch("batch", "--from-list", list.toString(), "--out", out.toString(), "--quiet"), err);
        assertEquals(List.of(report.toAbsolutePath().toString()), new ArrayList<>(records(out).keySet()));
    }

    private static int indexOf(byte[] bytes, byte[] what) {
        outer:
        for (int i = 0; i + what.length <= bytes.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (bytes[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }
}
