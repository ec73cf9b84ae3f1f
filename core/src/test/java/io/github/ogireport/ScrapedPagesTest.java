package io.github.ogireport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Section;
import io.github.ogireport.model.Status;
import io.github.ogireport.model.WarningCode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real pages as crawlers flatten them ({@code testdata/scraped-meta}, see its README): the page's footer stays out
 * of the last section, a page cut short is a PARTIAL fragment, and the national template itself is not a report.
 * Their metadata and cells are checked by GoldenFilesTest (cli module) against the expected files.
 */
class ScrapedPagesTest {
    private static final Path TESTDATA = TestData.ROOT;
    private static final Path DIR = TESTDATA.resolve("scraped-meta");
    private static final ReportParser PARSER = new ReportParser();
    /** Words of the sites' footers: none may end up in a section's text. */
    private static final List<String> FOOTER_WORDS = List.of("打印", "关闭", "主办", "分辨率", "相关链接", "上一篇", "下一篇",
            "版权所有", "ICP备", "网站地图", "扫一扫", "References", "分享到", "javascript");

    @TestFactory
    Stream<DynamicTest> sectionSixIsTheReportsTextOnly() throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.list(DIR)) {
            pages = files.filter(f -> !f.getFileName().toString().endsWith(".json")
                    && !f.getFileName().toString().equals("README.md")).sorted().toList();
        }
        assertTrue(pages.size() >= 60, "the flattened pages are there");
        return pages.stream().map(page -> DynamicTest.dynamicTest(page.getFileName().toString(), () -> {
            AnnualReport r = PARSER.parse(page);
            for (Section s : r.sections()) {
                for (String word : FOOTER_WORDS) {
                    assertFalse(s.text().contains(word), () -> "section " + s.number() + " holds the page's " + word
                            + ": " + s.text());
                }
            }
            JsonNode expected = new ObjectMapper().readTree(expectedFile(page).toFile());
            if (expected.has("_sectionSix")) {
                Section six = r.sections().stream().filter(s -> s.number() == 6).findFirst().orElseThrow();
                assertEquals(expected.get("_sectionSix").asText(), six.text());
            }
        }));
    }

    @Test
    void aPageCutAfterSectionTwoIsAFragmentWithEveryCellItShows() throws Exception {
        AnnualReport r = PARSER.parse(DIR.resolve("fragment-after-section-two-gaoping-2019.lynx.txt"));
        assertEquals(Status.PARTIAL, r.status());
        assertEquals("高坪区人民政府办公室", r.agency());
        // 规范性文件 1 1 3, as the page prints it; table 三 is not on this page
        assertEquals(3, r.cells().get("active.normativeDocs.totalPublished").value().intValue());
        assertNull(r.cells().get("requests.newReceived.total").value());
        assertTrue(r.warnings().stream().anyMatch(w -> w.code() == WarningCode.TABLE_MISSING
                && w.message().contains("fragment")), () -> r.warnings().toString());
        // no rows of table 二 taken for table 三's or 四's
        assertTrue(r.warnings().stream().noneMatch(w -> w.code() == WarningCode.EXTRA_ROW
                || w.code() == WarningCode.TOO_FEW_CELLS), () -> r.warnings().toString());
    }

    @Test
    void aPageCutInsideTableThreeKeepsTheRowsBeforeTheCut() throws Exception {
        AnnualReport r = PARSER.parse(DIR.resolve("fragment-inside-table-three-lantian-2020.links.txt"));
        assertEquals(Status.PARTIAL, r.status());
        assertEquals(166, r.cells().get("active.otherServices.prevYearItems").value().intValue());
        assertEquals(0, r.cells().get("requests.partiallyGranted.total").value().intValue());
        assertNull(r.cells().get("requests.deniedStateSecret.total").value(), "after the cut");
        assertNull(r.cells().get("adminReview.total").value(), "after the cut");
    }

    @Test
    void theNationalTemplateNoticeIsNotAReport() throws Exception {
        AnnualReport r = PARSER.parse(DIR.resolve("national-template-notice-2019.txt"));
        assertEquals(Status.NOT_A_REPORT, r.status());
        assertTrue(r.cells().isEmpty());
    }

    @Test
    void aTextAboutTheFormatIsNotAReport() throws Exception {
        assertEquals(Status.NOT_A_REPORT, PARSER.parse(DIR.resolve("text-about-the-format.txt")).status());
    }

    @Test
    void aListOfCellKeysIsNotAReport() throws Exception {
        assertEquals(Status.NOT_A_REPORT, PARSER.parse(TestData.CELL_KEYS).status());
    }

    private static Path expectedFile(Path page) {
        String name = page.getFileName().toString();
        return page.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expected.json");
    }
}
