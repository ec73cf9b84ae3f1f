package io.github.ogireport.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The example run on a seed whose values a person checked against the text (testdata/seeds/002_….expected.json):
 * the Gaoping district office's 2019 report received 8 requests (5 from natural persons, 3 from legal service
 * organisations) and granted 4.
 */
class ParseReportTest {

    @Test
    void printsTheSeedsAgencyYearAndRequestTotals() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = System.out;
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            ParseReport.main(new String[] {"testdata/seeds/002_4aa25779e377b147.txt"});
        } finally {
            System.setOut(out);
        }
        assertEquals(List.of(
                "testdata/seeds/002_4aa25779e377b147.txt: OK",
                "agency: 高坪区人民政府办公室, year 2019, template 2019",
                "requests received: 8",
                "requests granted: 4"), bytes.toString(StandardCharsets.UTF_8).lines().toList());
    }
}
