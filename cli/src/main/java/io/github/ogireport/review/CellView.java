package io.github.ogireport.review;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * One cell of a record as the review page shows it, read from a {@code reports.jsonl} line of either contract: version
 * 1 gives every key a detail; version 2 leaves out a plain number (and a null cell that was not found), and adds
 * {@code how}, {@code confidence} and {@code candidates}.
 *
 * @param key the cell key
 * @param value the number as JSON text, or null
 * @param kind NUMBER, EMPTY, DASH, TEXT, UNDECIDED or MISSING
 * @param raw the text as printed
 * @param unit the unit as printed, or null
 * @param how the ways the value was decided rather than read (empty when read as printed)
 * @param confidence a recogniser's confidence, or null
 * @param candidates the readings of an undecided cell
 */
record CellView(String key, String value, String kind, String raw, String unit, List<String> how, Double confidence,
                List<String> candidates) {

    /** The cell of a record; a key the record's template lacks is MISSING. */
    static CellView of(JsonNode record, String key) {
        JsonNode cell = record.path("cells").get(key);
        String value = cell == null || cell.isNull() ? null : cell.asText();
        JsonNode detail = record.path("cellDetails").get(key);
        if (detail == null || !detail.isObject()) {
            // contract 2: absent means printed as exactly the plain number, or not found when null
            return new CellView(key, value, value == null ? "MISSING" : "NUMBER", value == null ? "" : value, null,
                    List.of(), null, List.of());
        }
        List<String> how = new ArrayList<>();
        detail.path("how").forEach(h -> how.add(h.asText()));
        List<String> candidates = new ArrayList<>();
        detail.path("candidates").forEach(c -> candidates.add(c.asText()));
        JsonNode confidence = detail.get("confidence");
        JsonNode unit = detail.get("unit");
        return new CellView(key, value, detail.path("kind").asText(value == null ? "MISSING" : "NUMBER"),
                detail.path("raw").asText(""), unit == null || unit.isNull() ? null : unit.asText(), List.copyOf(how),
                confidence == null || !confidence.isNumber() ? null : confidence.asDouble(), List.copyOf(candidates));
    }

    /**
     * What the cell is, as the page colours it: {@code ocr} (recognised from an image), {@code decided} (a value
     * decided rather than read), else the kind in lower case ({@code number}, {@code empty}, {@code dash},
     * {@code text}, {@code undecided}, {@code missing}).
     */
    String category() {
        if (how.contains("OCR") || confidence != null) {
            return "ocr";
        }
        if (!how.isEmpty()) {
            return "decided";
        }
        return kind.toLowerCase(java.util.Locale.ROOT);
    }

    /** What the cell shows: the number, else the printed text, else a sign of its kind. */
    String shown() {
        if (value != null) {
            return value;
        }
        return switch (kind) {
            case "MISSING" -> "∅";
            case "EMPTY" -> "";
            default -> raw.isEmpty() ? "?" : raw;
        };
    }

    /** The cell told in words, for its tooltip. */
    String describe() {
        StringBuilder b = new StringBuilder(key).append('\n').append(kind);
        if (!raw.isEmpty()) {
            b.append(" · printed «").append(raw).append('»');
        }
        if (unit != null) {
            b.append(" · unit ").append(unit);
        }
        if (!how.isEmpty()) {
            b.append(" · decided by ").append(String.join(", ", how));
        }
        if (confidence != null) {
            b.append(String.format(java.util.Locale.ROOT, " · confidence %.2f", confidence));
        }
        if (!candidates.isEmpty()) {
            b.append(" · readings ").append(String.join(" | ", candidates));
        }
        return b.toString();
    }
}
