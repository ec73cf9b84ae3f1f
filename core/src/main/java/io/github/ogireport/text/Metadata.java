package io.github.ogireport.text;

import io.github.ogireport.model.Period;

import java.time.LocalDate;

/**
 * What a report says about itself. Every field is null when the document does not state it.
 *
 * @param title the title, whitespace removed
 * @param agency the agency as written in the title, or from the body
 * @param year the year reported on
 * @param publishDate the publication date
 * @param period the statistics period
 */
public record Metadata(String title, String agency, Integer year, LocalDate publishDate, Period period) {
}
