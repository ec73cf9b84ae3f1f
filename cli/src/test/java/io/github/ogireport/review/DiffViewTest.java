package io.github.ogireport.review;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code serve NEW --compare OLD}: what diff finds, as a page, and the changed cells on the grid. */
class DiffViewTest {
    @Test
    void aChangedCellShowsOldAndNewOnTheGrid(@TempDir Path old) throws Exception {
        ReviewFixture.get();
        // the old run read 予以公开/自然人 of the changed copy as the original report prints it: 4
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(ReviewFixture.OUT.resolve("reports.jsonl"), StandardCharsets.UTF_8)) {
            lines.add(line.contains(ReviewFixture.TAMPERED)
                    ? line.replace("\"requests.granted.naturalPerson\":5", "\"requests.granted.naturalPerson\":4") : line);
        }
        Files.write(old.resolve("reports.jsonl"), lines, StandardCharsets.UTF_8);
        try (ReviewServer s = ReviewServer.start(ReviewFixture.OUT, new InetSocketAddress("127.0.0.1", 0), null, old)) {
            Document diff = Jsoup.parse(ReviewServerTest.get(s, "/diff").body());
            assertEquals(List.of(ReviewFixture.TAMPERED), diff.select("#changed-files td a").eachText());
            assertTrue(diff.select("#changed-files li").eachText().contains("CELL requests.granted.naturalPerson: 4 → 5"));
            Document report = Jsoup.parse(ReviewServerTest.get(s, "/report/" + ReviewFixture.numberOf(ReviewFixture.TAMPERED)).body());
            Element cell = report.selectFirst("td[data-key=requests.granted.naturalPerson]");
            assertTrue(cell.hasClass("changed"));
            assertEquals("4 → 5", cell.text());
            assertEquals(1, report.select("td.cell.changed").size());
            Document other = Jsoup.parse(ReviewServerTest.get(s, "/report/" + ReviewFixture.numberOf(ReviewFixture.SEED_002)).body());
            assertTrue(other.select("td.cell.changed").isEmpty());
        }
    }
}
