package io.github.ogireport.verify;

import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ogireport.export.ReportJson;
import io.github.ogireport.model.AnnualReport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The draft of an expected file written from what the parser read, for a person to check against the document.
 * It holds the contract fields a person can read off the document (status, template, title, agency, year,
 * publishDate, period, cells) and {@code "_unreviewed": true}, which keeps it from counting as a pass until the
 * person deletes that line: parser output is never silently accepted as truth.
 */
public final class ExpectedDraft {
    private static final List<String> FIELDS = List.of("status", "template", "title", "agency", "year", "publishDate",
            "period", "cells");
    // decimals such as 4.98 stay as written rather than passing through a double
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private ExpectedDraft() {
    }

    /** The draft as indented JSON text ending in a newline, {@code "_unreviewed": true} on its first line. */
    public static String of(AnnualReport report) {
        try {
            JsonNode parsed = JSON.readTree(ReportJson.toLine(report));
            ObjectNode draft = JSON.createObjectNode();
            draft.put(ExpectedReport.UNREVIEWED, true);
            for (String field : FIELDS) {
                draft.set(field, parsed.get(field));
            }
            // "key": value, as in the hand-written expected files
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
            return JSON.writer(printer).writeValueAsString(draft) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException("the report's own JSON does not parse", e);
        }
    }
}
