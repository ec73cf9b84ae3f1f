package io.github.ogireport.spark;

import io.github.ogireport.cli.ZipArchives;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
        assertNull(ZipArchives.namesCharset(() -> new ByteArrayInputStream(damaged)));
        byte[] header = "PK\3\4".getBytes(StandardCharsets.ISO_8859_1);
        assertNull(ZipArchives.namesCharset(() -> new ByteArrayInputStream(header)));
        assertNull(ZipArchives.namesCharset(() -> new ByteArrayInputStream(new byte[0])));
    }

    @Test
    void namesWrittenByChineseWindowsAreReadAsGbk(@TempDir Path tmp) throws IOException {
        Path gbk = tmp.resolve("gbk.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(gbk), Charset.forName("GBK"))) {
            z.putNextEntry(new ZipEntry("年报/高坪区.txt"));
            z.write(Files.readAllBytes(BatchOutput.TESTDATA.resolve("seeds/002_4aa25779e377b147.txt")));
            z.closeEntry();
        }
        Charset names = ZipArchives.namesCharset(() -> Files.newInputStream(gbk));
        assertEquals("GB18030", names.name());
        try (ZipInputStream z = ZipArchives.open(Files.newInputStream(gbk), names)) {
            assertEquals("年报/高坪区.txt", z.getNextEntry().getName());
        }
        Path utf8 = TestArchives.write(tmp.resolve("utf8.zip"), "seeds/002_4aa25779e377b147.txt");
        assertEquals(StandardCharsets.UTF_8, ZipArchives.namesCharset(() -> Files.newInputStream(utf8)));
    }

    private static boolean isArchive(Path p) {
        return ZipArchives.namesCharset(() -> Files.newInputStream(p)) != null;
    }
}
