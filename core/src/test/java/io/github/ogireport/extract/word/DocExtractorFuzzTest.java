package io.github.ogireport.extract.word;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.ogireport.ParseInvariant;

/**
 * Fuzzes Word 97–2003 documents: the OLE2 container, HWPF's records, the column grid rebuilt from cell edges, field
 * codes. Seeds: the .doc test files; saved findings: {@code testdata/fuzz/doc/}.
 */
class DocExtractorFuzzTest {
    @FuzzTest(maxDuration = "10s")
    void fuzz(byte[] bytes) {
        ParseInvariant.check(bytes, "fuzz.doc");
    }
}
