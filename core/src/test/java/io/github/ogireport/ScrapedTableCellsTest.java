package io.github.ogireport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.CellValue;
import io.github.ogireport.model.ReportReadException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pages of {@code testdata/scraped/}: real report pages flattened by w3m, lynx, pandoc, links, html2text and
 * jsoup-style joins ({@code make.py} there). Each visible cell is compared with the source page's hand-verified
 * value: exact, null (not read), or wrong (another number). A wrong number is never allowed, whatever the tool; the
 * exact cells of the readable flattenings are compared one by one by {@link GoldenFilesTest}. The counts are
 * printed per tool, so a change shows what it gained.
 */
class ScrapedTableCellsTest {
    private static final Path SCRAPED = TestData.of("scraped");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Exact, null and wrong cells of one flattening. */
    private record Count(int exact, int blank, int wrong, List<String> wrongCells) {
        Count plus(Count o) {
            List<String> w = new ArrayList<>(wrongCells);
            w.addAll(o.wrongCells);
            return new Count(exact + o.exact, blank + o.blank, wrong + o.wrong, w);
        }

        int cells() {
            return exact + blank + wrong;
        }
    }

    @Test
    void noFlatteningReadsAnotherNumber() throws IOException, ReportReadException {
        ReportParser parser = new ReportParser();
        Map<String, Count> byTool = new TreeMap<>();
        Count all = new Count(0, 0, 0, List.of());
        List<Path> pages;
        try (Stream<Path> files = Files.list(SCRAPED)) {
            pages = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertTrue(pages.size() >= 100, "the flattened pages are there: " + pages.size());
        for (Path page : pages) {
            String name = page.getFileName().toString();
            String base = name.substring(0, name.length() - ".txt".length());
            JsonNode expected = JSON.readTree(SCRAPED.resolve(base + ".expected.json").toFile());
            String source = expected.get("_source").asText();
            JsonNode cells = JSON.readTree(TestData.of(source.replaceFirst("\\.html$", ".expected.json"))
                    .toFile()).get("cells");
            // cells the flattening does not print at all are not counted ("_invisible", checked by reading it)
            java.util.Set<String> invisible = new java.util.HashSet<>();
            expected.path("_invisible").forEach(k -> invisible.add(k.asText()));
            AnnualReport report = parser.parse(page);
            Count c = count(name, cells, invisible, report);
            String tool = base.substring(base.lastIndexOf('.') + 1);
            byTool.merge(tool, c, Count::plus);
            all = all.plus(c);
        }
        StringBuilder table = new StringBuilder("tool: exact / null / wrong of the visible cells\n");
        byTool.forEach((tool, c) -> table.append(String.format("  %-22s %5d / %5d / %3d  (%.1f %% exact)%n", tool,
                c.exact(), c.blank(), c.wrong(), 100.0 * c.exact() / c.cells())));
        table.append(String.format("  %-22s %5d / %5d / %3d  (%.1f %% exact)%n", "all", all.exact(), all.blank(),
                all.wrong(), 100.0 * all.exact() / all.cells()));
        System.out.println(table);
        assertEquals(List.of(), all.wrongCells(), table.toString());
    }

    private static Count count(String page, JsonNode want, java.util.Set<String> invisible, AnnualReport report) {
        int exact = 0;
        int blank = 0;
        List<String> wrong = new ArrayList<>();
        var it = want.properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (invisible.contains(e.getKey())) {
                continue;
            }
            CellValue got = report.cells().get(e.getKey());
            BigDecimal value = got == null ? null : got.value();
            if (e.getValue().isNull()) {
                if (value == null) {
                    exact++;
                } else {
                    wrong.add(page + " " + e.getKey() + ": null read as " + value);
                }
            } else if (value == null) {
                blank++;
            } else if (value.compareTo(e.getValue().decimalValue()) == 0) {
                exact++;
            } else {
                wrong.add(page + " " + e.getKey() + ": " + e.getValue() + " read as " + value);
            }
        }
        return new Count(exact, blank, wrong.size(), wrong);
    }
}
