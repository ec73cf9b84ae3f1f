package io.github.ogireport.spark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ZipArchivesTest {

    @Test
    void anArchiveOfReportsIsOneAndAWordDocumentIsNot(@TempDir Path tmp) throws IOException {
        Path zip = TestArchives.write(tmp.resolve("reports.zip"), "seeds/002_4aa25779e377b147.txt", "pdf/lo-docx-2021.pdf");
        assertTrue(isArchive(zip));
        assertFalse(isArchive(BatchOutput.TESTDATA.resolve("word/gaoping2019-docx.docx")), "a .docx is a zip too");
        assertFalse(isArchive(BatchOutput.TESTDATA.resolve("pdf/lo-docx-2021.pdf")));
    }

    @Test
    void aDamagedZipIsADocument(@TempDir Path tmp) throws IOException {
        byte[] whole = Files.readAllBytes(TestArchives.write(tmp.resolve("r.zip"), "seeds/002_4aa25779e377b147.txt"));
        byte[] damaged = Arrays.copyOf(whole, 40);
        damaged[8] = 99; // an unknown compression method
        assertFalse(ZipArchives.isArchive(new ByteArrayInputStream(damaged)));
        assertFalse(ZipArchives.isArchive(new ByteArrayInputStream("PK\3\4".getBytes(StandardCharsets.ISO_8859_1))));
        assertFalse(ZipArchives.isArchive(new ByteArrayInputStream(new byte[0])));
    }

    private static boolean isArchive(Path p) throws IOException {
        try (InputStream in = Files.newInputStream(p)) {
            return ZipArchives.isArchive(in);
        }
    }
}
