package io.github.ogireport.ocr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The scans the OCR tests and the bench read: text PDFs whose values were checked by hand (the two real Hongze
 * reports, and testdata PDFs typeset from the seeds), each scanned clean and degraded by {@link ScanMaker} into
 * {@code ocr/target/scans/}. Made when missing, so that they are rebuilt, not committed.
 */
final class ScanCorpus {
    /** The repository root: the folder the tests run in. */
    static final Path ROOT = Path.of(".");
    static final Path OUT = Path.of("ocr", "target", "scans");

    /**
     * One source document.
     *
     * @param name a short name
     * @param pdf the text PDF
     * @param expected its hand-checked expected file (the {@code testdata} format: {@code cells}, metadata)
     */
    record Source(String name, Path pdf, Path expected) {
        JsonNode expectedJson() throws IOException {
            return new ObjectMapper().readTree(expected.toFile());
        }

        /**
         * The scan of this document made by {@code maker}, built when missing. Tests run side by side: one builds it
         * at a time, and a scan appears whole or not at all.
         */
        Path scan(String variant, ScanMaker maker) throws IOException {
            Path out = OUT.resolve(variant).resolve(name + ".pdf");
            synchronized (Source.class) {
                if (!Files.exists(out)
                        || Files.getLastModifiedTime(out).compareTo(Files.getLastModifiedTime(pdf)) < 0) {
                    Files.createDirectories(out.getParent());
                    Path part = Files.createTempFile(out.getParent(), name, ".part");
                    Files.write(part, maker.scan(Files.readAllBytes(pdf)));
                    Files.move(part, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                            java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                }
            }
            return out;
        }
    }

    private static final Path REALWORLD = ROOT.resolve("../shared/realworld");
    private static final Path EXPECTED = Path.of("ocr/src/test/resources/expected");
    private static final Path TESTDATA = ROOT.resolve("testdata/pdf");

    private ScanCorpus() {
    }

    /** The sources present on this machine (the real reports only where {@code ../shared} is). */
    static List<Source> sources() {
        List<Source> out = new ArrayList<>();
        for (String n : List.of("hongze-2023", "hongze-2024")) {
            Path pdf = REALWORLD.resolve(n + ".pdf");
            if (Files.exists(pdf)) {
                out.add(new Source(n, pdf, EXPECTED.resolve(n + ".expected.json")));
            }
        }
        for (String n : ScanMaker.TESTDATA) {
            out.add(new Source(n, TESTDATA.resolve(n + ".pdf"), TESTDATA.resolve(n + ".expected.json")));
        }
        return out;
    }

    /** One source by name. */
    static Source source(String name) {
        return sources().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no source " + name));
    }
}
