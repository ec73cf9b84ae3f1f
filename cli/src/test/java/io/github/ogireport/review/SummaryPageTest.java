package io.github.ogireport.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogireport.TestData;
import io.github.ogireport.cli.Main;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code batch} writes summary.html beside summary.json: one file that loads nothing, with the figures per year. */
class SummaryPageTest {
    @Test
    void batchWritesASelfContainedOverviewWithTheFiguresOfTheReports(@TempDir Path out) throws Exception {
        assertEquals(0, Main.run("batch", TestData.SEEDS.toString(), "--out", out.toString(), "--quiet"));
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(Path.of("").toAbsolutePath().toString(), summary.path("workingDirectory").asText());
        JsonNode years = summary.path("byYear");
        assertEquals(List.of("2019", "2020", "2024"), iterable(years));
        // seed 002 (2019): 一、本年新收 总计 8; its outcomes: （一）予以公开 4, （六）其他处理 4
        assertEquals(8, years.path("2019").path("requestsReceived").path("total").asInt());
        assertEquals(1, years.path("2019").path("requestsReceived").path("reports").asInt());
        assertEquals(4, years.path("2019").path("outcomes").path("granted").asInt());
        assertEquals(4, years.path("2019").path("outcomes").path("other").asInt());
        // 2020: seeds 000, 001 and 004; 004 leaves the five 行政复议 cells blank, so two reports are behind that figure
        assertEquals(3, years.path("2020").path("reports").asInt());
        assertEquals(2, years.path("2020").path("adminReview").path("reports").asInt());
        assertEquals(3, years.path("2020").path("litigationDirect").path("reports").asInt());

        Path html = out.resolve("summary.html");
        Document d = Jsoup.parse(Files.readString(html, StandardCharsets.UTF_8));
        assertTrue(d.select("[src], [href], link, iframe, img").isEmpty(), "nothing is loaded from outside the file");
        assertTrue(d.select("script").size() >= 2);
        assertTrue(d.select("script").stream().allMatch(s -> s.attr("src").isEmpty()));
        assertTrue(d.select("script").stream().anyMatch(s -> s.data().contains("Chart")), "the chart library is inline");
        assertTrue(d.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content").contains("default-src 'none'"));
        assertNotNull(d.selectFirst("canvas#chart-received"));
        assertEquals(List.of("2019", "2020", "2024"), d.select("table[data-chart=chart-received] tr:first-child th").eachText());
        assertEquals(List.of("8", "0", "0"), d.select("table[data-chart=chart-received] tr:nth-child(2) td").eachText());
        assertEquals(List.of("1", "3", "1"), d.select("table[data-chart=chart-received] tr.n td").eachText());
        assertEquals("5", d.selectFirst("table.count:has(caption:containsOwn(Template))").select("td").eachText()
                .stream().mapToInt(Integer::parseInt).sum() + "");
    }

    private static List<String> iterable(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
