package io.github.ogireport.model;

import java.time.LocalDate;

/**
 * The statistics period a report covers (统计期限), as stated in the document.
 *
 * @param from first day, inclusive
 * @param to last day, inclusive
 */
public record Period(LocalDate from, LocalDate to) {
}
