package io.github.ogireport.cli;

import io.github.ogireport.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ZipArchivesTest {
    private static Path zip(Path file, Charset names, String... members) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream z = new ZipOutputStream(out, names)) {
            for (String m : members) {
                z.putNextEntry(new ZipEntry(m));
                z.write(m.getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return file;
    }

    private static List<String> names(Path archive) throws IOException {
        try (ZipFile z = ZipArchives.open(archive)) {
            return Collections.list(z.entries()).stream().map(ZipEntry::getName).toList();
        }
    }

    /** Whether the file opens as an archive of inputs (closed again). */
    private static boolean isArchive(Path p) throws IOException {
        try (ZipFile archive = ZipArchives.openArchive(p)) {
            return archive != null;
        }
    }

    @Test
    void namesInTheCodePageOfChineseWindows(@TempDir Path dir) throws IOException {
        Path gbk = zip(dir.resolve("a.zip"), Charset.forName("GBK"), "四川省/南充市/高坪区政府信息公开年报.pdf", "龍潭鎮.txt");
        assertEquals(List.of("四川省/南充市/高坪区政府信息公开年报.pdf", "龍潭鎮.txt"), names(gbk));
    }

    @Test
    void namesInUtf8(@TempDir Path dir) throws IOException {
        Path utf8 = zip(dir.resolve("a.zip"), StandardCharsets.UTF_8, "四川省/高坪区.pdf", "plain.txt");
        assertEquals(List.of("四川省/高坪区.pdf", "plain.txt"), names(utf8));
    }

    @Test
    void anArchiveOfInputsIsNotAWordDocument(@TempDir Path dir) throws IOException {
        assertTrue(isArchive(zip(dir.resolve("a.zip"), StandardCharsets.UTF_8, "a.txt")));
        assertTrue(isArchive(zip(dir.resolve("b.zip"), Charset.forName("GBK"), "年报.txt")));
        assertFalse(isArchive(TestData.of("word/gaoping2019-docx.docx")));
        assertFalse(isArchive(TestData.seed(2)));
    }

    @Test
    void aDamagedArchiveIsNotOpenedInEitherCodePage(@TempDir Path dir) throws IOException {
        Path damaged = Files.write(dir.resolve("d.zip"), new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 1, 2, 3});
        assertFalse(isArchive(damaged));
        assertThrows(ZipException.class, () -> ZipArchives.open(damaged));
    }
}
