package io.github.ogireport.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogireport.ReportParser;
import io.github.ogireport.TestData;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.CellKeys;
import io.github.ogireport.model.CellKind;
import io.github.ogireport.model.CellValue;
import io.github.ogireport.model.Check;
import io.github.ogireport.model.CheckResult;
import io.github.ogireport.model.Format;
import io.github.ogireport.model.Rule;
import io.github.ogireport.model.Status;
import io.github.ogireport.model.TemplateCells;
import io.github.ogireport.model.TemplateVersion;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
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
        try (Stream<Path> walk = Files.walk(TestData.ROOT)) {
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
        assertTrue(line.startsWith("{\"contract\":2,\"file\":\"broken\\uD800name.txt\""), line);
        assertTrue(line.endsWith("}\n"));
        assertEquals("broken\uD800name.txt", new ObjectMapper().readTree(line).get("file").asText());
    }

    /** Numbers of every shape, and cells of every kind, as the parser's cells and as any other map of them. */
    private static AnnualReport report(boolean byPosition) {
        List<String> keys = CellKeys.of(TemplateVersion.V2021);
        String[] numbers = {"0", "-5", "0.50", "1E+3", "-2.5E+2", "123456789012345678", "1234567890123456789",
            "-9223372036854775808", "12345678901234567890123", "1E+17", "1E+18", "7"};
        CellValue[] values = new CellValue[keys.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = i < numbers.length ? CellValue.number(new BigDecimal(numbers[i]), numbers[i], i == 2 ? "万元" : null)
                    : i % 4 == 0 ? CellValue.missing() : i % 4 == 1 ? CellValue.empty()
                    : i % 4 == 2 ? new CellValue(null, CellKind.DASH, "—", null)
                    : CellValue.number(BigDecimal.valueOf(i), "\"" + i + "\\", null);
        }
        Map<String, CellValue> cells = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            cells.put(keys.get(i), values[i]);
        }
        List<Check> checks = List.of(new Check(Rule.T3_A, "total", CheckResult.FAIL, "1 + 2 ≠ 4"),
                new Check(Rule.T3_B, "granted", CheckResult.NOT_ASSESSABLE, "(missing) = 1"));
        return new AnnualReport("f.txt", Status.OK, Format.TEXT, TemplateVersion.V2021, null, null, null, null, null,
                List.of(), byPosition ? TemplateCells.of(TemplateVersion.V2021, values) : cells, List.of(), checks,
                List.of(), null, null);
    }

    @Test
    void cellsAreWrittenAlikeWhateverMapHoldsThem() throws IOException {
        AnnualReport parsed = report(true);
        AnnualReport built = report(false);
        assertEquals(ReportJson.toLine(built), ReportJson.toLine(parsed));
        assertEquals(ReportJson.toPrettyJson(built), ReportJson.toPrettyJson(parsed));
        assertEquals(ReportJson.toLine(parsed) + "\n", new String(ReportJson.toUtf8Line(parsed), StandardCharsets.UTF_8));
        String line = ReportJson.toLine(parsed);
        // an integer is written with all its digits, however it is scaled; a fraction as it is scaled
        String[] written = {"0", "-5", "0.50", "1000", "-250", "123456789012345678", "1234567890123456789",
            "-9223372036854775808", "12345678901234567890123", "100000000000000000", "1000000000000000000", "7"};
        StringBuilder cells = new StringBuilder("\"cells\":{");
        for (int i = 0; i < written.length; i++) {
            cells.append('"').append(CellKeys.of(TemplateVersion.V2021).get(i)).append("\":").append(written[i])
                    .append(',');
        }
        assertTrue(line.contains(cells), line);
        assertTrue(line.contains("{\"rule\":\"T3-A\",\"scope\":\"total\",\"result\":\"FAIL\",\"detail\":\"1 + 2 ≠ 4\"}"),
                line);
        assertTrue(line.contains("\"raw\":\"—\",\"kind\":\"DASH\",\"unit\":null"), line);
    }
}
