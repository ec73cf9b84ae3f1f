package io.github.ogireport.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogireport.ReportParser;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Status;
import io.github.ogireport.model.TemplateVersion;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bytes that batch writes are the JSON line that parse prints, for every kind of report in testdata. */
class ReportJsonTest {
    @Test
    void utf8LineIsTheJsonLineEncoded() throws IOException {
        ReportParser parser = new ReportParser();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("testdata"))) {
            files = walk.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".json")).sorted().toList();
        }
        assertTrue(files.size() > 50, "testdata has its reports");
        for (Path f : files) {
            AnnualReport r = parser.parseOrFailed(f);
            assertEquals(ReportJson.toLine(r) + "\n", new String(ReportJson.toUtf8Line(r), StandardCharsets.UTF_8),
                    f::toString);
        }
    }

    @Test
    void loneSurrogateIsEscapedNotLost() throws IOException {
        AnnualReport r = new AnnualReport("broken\uD800name.txt", Status.NOT_A_REPORT, null, TemplateVersion.UNKNOWN,
                "title \uDC00", null, null, null, null, List.of(), Map.of(), List.of(), List.of(), List.of(), null,
                null);
        String line = new String(ReportJson.toUtf8Line(r), StandardCharsets.UTF_8);
        // a lone surrogate cannot be encoded in UTF-8: it is written as its JSON escape, so the line stays valid
        assertTrue(line.startsWith("{\"file\":\"broken\\uD800name.txt\""), line);
        assertTrue(line.endsWith("}\n"));
        assertEquals("broken\uD800name.txt", new ObjectMapper().readTree(line).get("file").asText());
    }
}
