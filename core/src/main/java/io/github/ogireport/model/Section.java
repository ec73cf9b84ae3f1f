package io.github.ogireport.model;

/**
 * One of the numbered sections of a report.
 *
 * @param number 1 for 一, 2 for 二, …
 * @param heading the heading as printed, such as {@code 一、总体情况}
 * @param text the prose of the section (tables and page furniture left out), paragraphs separated by newlines
 */
public record Section(int number, String heading, String text) {
}
