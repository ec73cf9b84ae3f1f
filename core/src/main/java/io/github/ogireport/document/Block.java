package io.github.ogireport.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One unit of a document in reading order: a paragraph (one cell) or a table row. A row is a row of the table's
 * slot grid: blank cells are kept as empty strings so that positions survive, and the slots a spanning cell
 * covers beyond its first are listed in {@code covered}, because they are not cells at all (a blank cell is a
 * value the report left empty; a covered slot is only the shadow of a wider cell).
 *
 * @param cells the cell texts as in the source, one per slot ({@code ""} for blank and covered slots)
 * @param row whether the block is a table row rather than a paragraph
 * @param covered the indexes of the slots covered by a spanning cell
 * @param confidence for a block read by OCR, the recogniser's confidence in each cell (0–1; NaN where not known);
 *                   empty for a block read from text
 * @param alternatives for a block read by OCR, per cell the other reader's reading of a number the two readers
 *                     disagreed on ({@code ""} where none); empty for a block read from text
 */
public record Block(List<String> cells, boolean row, Set<Integer> covered, List<Double> confidence,
                    List<String> alternatives) {
    /**
     * Marks a covered slot in the grids that extractors build, before they become blocks ({@link #row(List)}):
     * a Unicode noncharacter, which no document text holds.
     */
    public static final String COVERED = "\uFDD0";

    public Block {
        cells = List.copyOf(cells);
        covered = Set.copyOf(covered);
        confidence = List.copyOf(confidence);
        alternatives = List.copyOf(alternatives);
    }

    /** A block read by OCR, or from text when {@code confidence} is empty, with no alternative readings. */
    public Block(List<String> cells, boolean row, Set<Integer> covered, List<Double> confidence) {
        this(cells, row, covered, confidence, List.of());
    }

    /** A block read from text. */
    public Block(List<String> cells, boolean row, Set<Integer> covered) {
        this(cells, row, covered, List.of());
    }

    /** A row or paragraph without spans: every slot is a cell. */
    public Block(List<String> cells, boolean row) {
        this(cells, row, Set.of());
    }

    /** A paragraph of text. */
    public static Block paragraph(String text) {
        return new Block(List.of(text), false);
    }

    /** A table row from a slot grid in which {@link #COVERED} marks the slots that spanning cells cover. */
    public static Block row(List<String> slots) {
        List<String> cells = new ArrayList<>(slots.size());
        Set<Integer> covered = new TreeSet<>();
        for (int i = 0; i < slots.size(); i++) {
            String s = slots.get(i);
            if (isCovered(s)) {
                covered.add(i);
                cells.add("");
            } else {
                cells.add(s);
            }
        }
        return new Block(cells, true, covered);
    }

    /** Whether a grid slot is the {@link #COVERED} mark. */
    public static boolean isCovered(String slot) {
        return COVERED.equals(slot);
    }

    /** Whether a grid slot holds no text: blank or covered. */
    public static boolean isBlank(String slot) {
        return slot.isEmpty() || isCovered(slot);
    }

    /** The text of a paragraph, or the cells of a row joined by tabs. */
    public String text() {
        return cells.size() == 1 ? cells.get(0) : String.join("\t", cells);
    }
}
