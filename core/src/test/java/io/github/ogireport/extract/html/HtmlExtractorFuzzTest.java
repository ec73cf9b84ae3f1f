package io.github.ogireport.extract.html;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.ogireport.ParseInvariant;

import java.nio.charset.StandardCharsets;

/**
 * Fuzzes HTML pages: declared charsets, jsoup's tree, the walk, the table grid. Every input is made to start as a
 * page does, so that mutations are read as HTML rather than detected as text. Seeds: the HTML test pages; saved
 * findings: {@code testdata/fuzz/html/}.
 */
class HtmlExtractorFuzzTest {
    private static final byte[] PAGE_START = "<html>".getBytes(StandardCharsets.US_ASCII);

    @FuzzTest(maxDuration = "10s")
    void fuzz(byte[] bytes) {
        byte[] page = new byte[PAGE_START.length + bytes.length];
        System.arraycopy(PAGE_START, 0, page, 0, PAGE_START.length);
        System.arraycopy(bytes, 0, page, PAGE_START.length, bytes.length);
        ParseInvariant.check(page, "fuzz.html");
    }
}
