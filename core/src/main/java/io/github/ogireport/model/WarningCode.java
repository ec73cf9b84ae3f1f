package io.github.ogireport.model;

/** The kinds of warnings a parsed report can carry, and whether each makes the report {@link Status#PARTIAL}. */
public enum WarningCode {
    /** Template cells that were not found in the document. */
    MISSING_CELLS(true),
    /** Cells that are blank, a dash or text instead of a number. */
    BLANK_CELLS(true),
    /** A row had more values than the template; the template's number were chosen. */
    EXTRA_CELLS(false),
    /** A row had more values than the template and the choice among them is not certain. */
    AMBIGUOUS_CELLS(true),
    /** A row had fewer values than the template and they could not be placed. */
    TOO_FEW_CELLS(true),
    /** A row that is not part of the template; kept aside, not in the cells. */
    EXTRA_ROW(false),
    /** The template signals disagree: parts of both templates are present. */
    MIXED_TEMPLATE(false),
    /** A numbered section was not found. */
    SECTION_MISSING(false),
    /** A statistical table was not found (e.g. published as an image). */
    TABLE_MISSING(true),
    /** A count is negative or not a whole number. */
    UNEXPECTED_VALUE(false),
    /** The document is readable but is not an OGI annual report; the message says what was missing. */
    NOT_A_REPORT(true),
    /** Some pages have no text layer (scanned images): what they show was not read. */
    NO_TEXT_LAYER(true),
    /** Glyphs were drawn that map to no character: text on those pages may be missing. */
    UNMAPPED_GLYPHS(true),
    /** The file is damaged (truncated, or a page breaks off): the report holds what could be recovered. */
    DAMAGED_FILE(true),
    /**
     * A limit of the parser was reached and the document was read in part: a table cut at its cell limit, an HTML
     * page nested deeper than the depth limit read flattened (see {@code Limits}).
     */
    LIMIT_REACHED(false),
    /** A soft consistency rule failed (e.g. numbers restated in section 一 disagree with the tables). */
    SOFT_RULE(false),
    /**
     * Cells that an earlier tool glued together ({@code 规范性文件898989}) were split again: the split given is the
     * only one the digits and the format's arithmetic allow. The message names the cells and the rules that decided.
     */
    RECOVERED_CONCATENATED(false),
    /**
     * Glued cells that could be split in several ways that all satisfy the rules: the cells the splits disagree on
     * are null (never a guess), and the message lists the candidates.
     */
    UNDECIDED_CONCATENATED(true),
    /** The search for the splits of glued cells reached its work limit; the row was left unread rather than hang. */
    RECOVERY_LIMIT(true),
    /**
     * A table torn apart by a conversion (row labels in one block, number rows in another, split over several
     * small tables) was rebuilt by pairing labels and number rows in order; the message says how.
     */
    RECOVERED_TORN_TABLE(false),
    /**
     * The agency's place name, read unsurely by OCR, was decided: the title line read again at several sizes gave
     * one spelling in most readings, and it alone names a division in the National Bureau of Statistics' list
     * (洪泽 where the first reading was 法洋); the message gives the readings.
     */
    RECOVERED_PLACE_NAME(false),
    /** A torn table whose labels and number rows could not be paired with certainty: its numbers were not placed. */
    UNMATCHED_TORN_TABLE(true),
    /**
     * An amount of money whose unit neither the cell nor its column header names (a bare {@code 799100} under
     * 采购总金额): 元 and 万元 are 10,000 apart, so the cell is left null (UNDECIDED) rather than guessed.
     */
    AMOUNT_UNIT_UNKNOWN(true),
    /**
     * Pages without a text layer were read by OCR: the message names the pages and the recogniser's mean
     * confidence. Every value read from them says so in its detail ({@code how: OCR}, {@code confidence}).
     */
    OCR_USED(false),
    /**
     * Values read by OCR with a confidence below the threshold that no passing check confirms: they are null
     * ({@code UNDECIDED}, the reading in {@code candidates}) rather than a guess. The message names the cells.
     */
    OCR_UNCERTAIN(true),
    /**
     * A page's recognition stopped at its time limit: what it read so far is used, the rest of the page is lost.
     * A busy machine reads slower, so the same file may come out differently there: run it with fewer threads.
     */
    OCR_INCOMPLETE(true);

    private final boolean makesPartial;

    WarningCode(boolean makesPartial) {
        this.makesPartial = makesPartial;
    }

    /** {@return whether a report carrying this warning is {@link Status#PARTIAL} rather than {@link Status#OK}} */
    public boolean makesPartial() {
        return makesPartial;
    }
}
