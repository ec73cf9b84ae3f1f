package io.github.ogireport.review;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourceFinderTest {
    @Test
    void nothingOutsideTheFolderIsRead(@TempDir Path root) throws IOException {
        Path folder = Files.createDirectories(root.resolve("sources"));
        Path secret = Files.writeString(root.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(folder.resolve("link.txt"), secret);
        Files.createSymbolicLink(folder.resolve("up"), root);
        SourceFinder finder = new SourceFinder(folder, false, 1 << 20);
        for (String file : new String[] {"../secret.txt", "a/../../secret.txt", secret.toString(), "link.txt",
                "up/secret.txt", "x.zip!/../secret.txt"}) {
            SourceFinder.Found found = finder.find(file);
            assertNull(found.bytes(), file);
            assertTrue(!found.note().isEmpty(), file);
        }
        assertTrue(finder.find("../secret.txt").note().startsWith("refused"));
    }

    @Test
    void aFileIsFoundInTheFolderInsideZipsAndAfterAMove(@TempDir Path root) throws IOException {
        Path folder = Files.createDirectories(root.resolve("年报"));
        Files.createDirectories(folder.resolve("html"));
        Files.writeString(folder.resolve("html/a.html"), "<p>甲</p>");
        byte[] inner = zip("2020/报告.txt", "乙".getBytes(StandardCharsets.UTF_8));
        Files.write(folder.resolve("outer.zip"), zip("inner.zip", inner));
        SourceFinder here = new SourceFinder(folder, false, 1 << 20);
        assertArrayEquals("<p>甲</p>".getBytes(StandardCharsets.UTF_8), here.find("html/a.html").bytes());
        assertArrayEquals("乙".getBytes(StandardCharsets.UTF_8), here.find("outer.zip!/inner.zip!/2020/报告.txt").bytes());
        assertTrue(here.find("outer.zip!/inner.zip!/2021/报告.txt").note().contains("no member 2021/报告.txt"));
        // batch ran in the parent folder: the records say testdata/html/a.html; the files are now in 年报/
        SourceFinder moved = new SourceFinder(folder, true, 1 << 20);
        assertArrayEquals("<p>甲</p>".getBytes(StandardCharsets.UTF_8), moved.find("testdata/html/a.html").bytes());
        assertNull(here.find("testdata/html/a.html").bytes());
        assertTrue(here.find("testdata/html/a.html").note().contains("--sources"));
    }

    private static byte[] zip(String name, byte[] content) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            z.putNextEntry(new ZipEntry(name));
            z.write(content);
            z.closeEntry();
        }
        return bytes.toByteArray();
    }

}
