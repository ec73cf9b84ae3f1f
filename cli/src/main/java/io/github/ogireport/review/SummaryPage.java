package io.github.ogireport.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code summary.html}: the overview of a batch as one file, to open without a server or send to a colleague. Its
 * style, chart library and script are inside it, and it loads nothing from anywhere.
 */
public final class SummaryPage {
    private SummaryPage() {
    }

    /**
     * Writes the page of a {@code summary.json}.
     *
     * @throws IOException when the summary cannot be read or the page written
     */
    public static void write(Path summaryJson, Path html) throws IOException {
        JsonNode summary = new ObjectMapper().readTree(summaryJson.toFile());
        Files.writeString(html, OverviewPage.render("Batch summary", summary, "", true), StandardCharsets.UTF_8);
    }
}
