package io.github.ogireport.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One parsed OGI annual report (政府信息公开工作年度报告): metadata, the numbered sections, the cells of the
 * three statistical tables, the arithmetic checks and the warnings. Immutable.
 *
 * <p>Cells are addressed either by their contract key ({@link #cells()}) or through the typed accessors
 * {@link #cell(ActiveRow, ActiveColumn)}, {@link #cell(RequestRow, RequestColumn)} and
 * {@link #cell(ReviewGroup, ReviewColumn)}, or by its key ({@link #cell(String)}: a key that is no key of the contract
 * throws, so that a mistyped key is not read as a missing cell). A cell the template has but the document lacks is
 * {@link CellKind#MISSING}; a cell of the other template is also reported as missing.
 *
 * @param file the file name or path given to the parser
 * @param status how far the file could be read
 * @param format the detected file format, or null when the file could not be read at all
 * @param template the detected template
 * @param title the title as printed (whitespace removed), or null
 * @param agency the agency as written in the title (or the body when there is no title), or null
 * @param year the year reported on, or null
 * @param publishDate the publication date, or null
 * @param period the statistics period as stated, or null
 * @param sections the numbered sections found, in order
 * @param cells every cell of the template, in contract key order
 * @param extraRows table rows that are not part of the template
 * @param checks the results of the arithmetic rules
 * @param warnings what is off in the document
 * @param error why the file could not be read, for {@link Status#FAILED}; otherwise null
 * @param source how the file was read (charset and why), or null
 */
public record AnnualReport(
        String file,
        Status status,
        Format format,
        TemplateVersion template,
        String title,
        String agency,
        Integer year,
        LocalDate publishDate,
        Period period,
        List<Section> sections,
        Map<String, CellValue> cells,
        List<ExtraRow> extraRows,
        List<Check> checks,
        List<Warning> warnings,
        ReportError error,
        Source source) {

    /**
     * Copies the lists and the cells (their values are immutable), so that the report is immutable.
     *
     * @param file the file name or path given to the parser
     * @param status how far the file could be read
     * @param format the detected file format, or null
     * @param template the detected template
     * @param title the title as printed, or null
     * @param agency the agency, or null
     * @param year the year reported on, or null
     * @param publishDate the publication date, or null
     * @param period the statistics period as stated, or null
     * @param sections the numbered sections found, in order
     * @param cells every cell of the template, in contract key order
     * @param extraRows table rows that are not part of the template
     * @param checks the results of the arithmetic rules
     * @param warnings what is off in the document
     * @param error why the file could not be read, or null
     * @param source how the file was read, or null
     */
    public AnnualReport {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(template, "template");
        sections = List.copyOf(sections);
        // the parser's cells are immutable already: a copy would only cost
        cells = cells instanceof TemplateCells ? cells : Collections.unmodifiableMap(new LinkedHashMap<>(cells));
        extraRows = List.copyOf(extraRows);
        checks = List.copyOf(checks);
        warnings = List.copyOf(warnings);
    }

    /**
     * A report for a file that could not be read: the one factory of FAILED reports (the parser's
     * {@code ReportParser.failed} makes them from its exception).
     *
     * @param file the file name, as given to the parser
     * @param format the format told from the bytes, or null when it failed before that
     * @param error why, with a message naming the file
     * @param source what is known of its source (its hash), or null
     * @return a report with status {@link Status#FAILED}
     */
    public static AnnualReport failed(String file, Format format, ReportError error, Source source) {
        return new AnnualReport(file, Status.FAILED, format, TemplateVersion.UNKNOWN, null, null, null, null, null,
                List.of(), Map.of(), List.of(), List.of(), List.of(), Objects.requireNonNull(error, "error"), source);
    }

    /**
     * A report for a file that was read but is not an OGI annual report (or whose text says too little to tell).
     *
     * @param file the file name, as given to the parser
     * @param format the format read
     * @param warnings why ({@link WarningCode#NOT_A_REPORT}) and what else was noticed in the document
     * @param source how the file was read, or null
     * @return a report with status {@link Status#NOT_A_REPORT}
     */
    public static AnnualReport notAReport(String file, Format format, List<Warning> warnings, Source source) {
        return new AnnualReport(file, Status.NOT_A_REPORT, format, TemplateVersion.UNKNOWN, null, null, null, null,
                null, List.of(), Map.of(), List.of(), List.of(), warnings, null, source);
    }

    /**
     * A cell of table 二.
     *
     * @param row the row
     * @param column the column
     * @return the cell; {@link CellValue#missing()} when the report's template lacks it or the document did not show it
     */
    public CellValue cell(ActiveRow row, ActiveColumn column) {
        return cells.getOrDefault(CellKeys.of(row, column), CellValue.missing());
    }

    /**
     * A cell of table 三.
     *
     * @param row the row
     * @param column the column
     * @return the cell; {@link CellValue#missing()} when the report's template lacks it or the document did not show it
     */
    public CellValue cell(RequestRow row, RequestColumn column) {
        return cells.getOrDefault(CellKeys.of(row, column), CellValue.missing());
    }

    /**
     * A cell of table 四.
     *
     * @param group the group of columns
     * @param column the column within the group
     * @return the cell; {@link CellValue#missing()} when the document did not show it
     */
    public CellValue cell(ReviewGroup group, ReviewColumn column) {
        return cells.getOrDefault(CellKeys.of(group, column), CellValue.missing());
    }

    /**
     * A cell by its contract key, such as {@code requests.granted.total} (docs/cell-keys.tsv lists them).
     *
     * @param key a cell key of either template
     * @return the cell; {@link CellValue#missing()} when the report's template lacks it or the document did not show it
     * @throws IllegalArgumentException when {@code key} is no cell key of the contract (a typing error)
     */
    public CellValue cell(String key) {
        CellValue cell = cells.get(key);
        if (cell != null) {
            return cell;
        }
        if (!CellKeys.isKey(key)) {
            throw new IllegalArgumentException("no cell of the output contract has the key \"" + key
                    + "\" (see CellKeys.csvOrder())");
        }
        return CellValue.missing();
    }

    /**
     * The section with a number.
     *
     * @param number 1 to 6
     * @return the section, or null when it was not found
     */
    public Section section(int number) {
        return sections.stream().filter(s -> s.number() == number).findFirst().orElse(null);
    }
}
