package io.github.ogireport.verify;

import io.github.ogireport.TestData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Small corpora for tests, made of the five seeds in {@code testdata/seeds/} and their hand-verified expected
 * files, so that every expected value a test uses comes from a file a person checked.
 */
public final class SeedCorpus {
    /** The seeds folder. */
    public static final Path SEEDS = TestData.SEEDS;
    /** 高坪区人民政府办公室, report on 2019: the seed with non-zero request counts. */
    public static final String GAOPING = "002_4aa25779e377b147";

    private SeedCorpus() {
    }

    /** Copies every seed report and, when {@code withExpected}, its expected file into the folder. */
    public static void copyAll(Path dir, boolean withExpected) throws IOException {
        try (Stream<Path> list = Files.list(SEEDS)) {
            for (Path p : list.sorted().toList()) {
                boolean expected = p.getFileName().toString().endsWith(".expected.json");
                if (!expected || withExpected) {
                    Files.copy(p, dir.resolve(p.getFileName()));
                }
            }
        }
    }

    /** The report file of a seed. */
    public static Path report(String seed) {
        return SEEDS.resolve(seed + ".txt");
    }

    /** The hand-verified expected file of a seed, as text. */
    public static String expected(String seed) throws IOException {
        return Files.readString(SEEDS.resolve(seed + ".expected.json"), StandardCharsets.UTF_8);
    }

    /** Replaces text in a copied expected file, failing when the text is not there (so the test means what it says). */
    public static void edit(Path expectedFile, String from, String to) throws IOException {
        String json = Files.readString(expectedFile, StandardCharsets.UTF_8);
        String edited = json.replace(from, to);
        assertNotEquals(json, edited, "no " + from + " in " + expectedFile);
        Files.writeString(expectedFile, edited, StandardCharsets.UTF_8);
    }
}
