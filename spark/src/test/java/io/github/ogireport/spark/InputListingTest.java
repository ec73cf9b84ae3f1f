package io.github.ogireport.spark;

import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class InputListingTest {
    private static final Configuration CONF = new Configuration();

    @Test
    void walksFoldersDepthFirstSortedAndLeavesOutExpectedFiles(@TempDir Path tmp) throws IOException {
        Files.createDirectories(tmp.resolve("b/inner"));
        Files.createDirectories(tmp.resolve("a"));
        for (String f : List.of("b/inner/z.pdf", "b/c.txt", "a/r.html", "a/r.expected.json", ".hidden.txt",
                "报告 2020.docx")) {
            Files.writeString(tmp.resolve(f), "x");
        }

        assertEquals(List.of(tmp + "/.hidden.txt", tmp + "/a/r.html", tmp + "/b/c.txt", tmp + "/b/inner/z.pdf",
                tmp + "/报告 2020.docx"), names(tmp + "/"));
        // the bytes are found under the name's path
        InputRef chinese = list(tmp.toString()).get(4);
        assertEquals(tmp.resolve("报告 2020.docx").toUri().getPath(), chinese.path().toUri().getPath());
        assertEquals(1, chinese.size());
    }

    @Test
    void aFileIsItselfAndAGlobIsExpanded(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("one.txt"), "x");
        Files.writeString(tmp.resolve("two.txt"), "x");
        Files.writeString(tmp.resolve("two.expected.json"), "{}");

        assertEquals(List.of(tmp + "/one.txt"), names(tmp + "/one.txt"));
        assertEquals(List.of(), names(tmp + "/two.expected.json"));
        List<String> globbed = names(tmp + "/*.txt");
        assertEquals(2, globbed.size());
        assertEquals("file:" + tmp + "/one.txt", globbed.get(0));
    }

    @Test
    void nothingThereIsAnError(@TempDir Path tmp) {
        assertThrows(FileNotFoundException.class, () -> InputListing.under(tmp + "/missing", CONF));
    }

    private static List<String> names(String root) throws IOException {
        return list(root).stream().map(InputRef::name).toList();
    }

    private static List<InputRef> list(String root) throws IOException {
        List<InputRef> refs = new ArrayList<>();
        for (Iterator<InputRef> it = InputListing.under(root, CONF); it.hasNext(); ) {
            refs.add(it.next());
        }
        return refs;
    }
}
