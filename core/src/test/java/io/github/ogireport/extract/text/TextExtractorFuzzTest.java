package io.github.ogireport.extract.text;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.ogireport.ParseInvariant;

/**
 * Fuzzes plain-text reports: charset detection, line and cell splitting, and the whole pipeline behind them. Seeds:
 * the seed reports; saved findings: {@code testdata/fuzz/text/}.
 */
class TextExtractorFuzzTest {
    @FuzzTest(maxDuration = "10s")
    void fuzz(byte[] bytes) {
        ParseInvariant.check(bytes, "fuzz.txt");
    }
}
