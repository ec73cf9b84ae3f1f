package io.github.ogireport.extract.text;

import io.github.ogireport.document.Block;

import java.util.ArrayList;
import java.util.List;

/**
 * Tables laid out with spaces, as pandoc's plain text prints them: each column starts at the same display column
 * (a Chinese character is two columns wide) on every line, and a blank cell is only spaces. A row (a label, then
 * values) with fewer runs than the row before it is read as a row with blank cells only when its label and every one
 * of its values start exactly where columns of that row start; otherwise it stays a paragraph (its values cannot be
 * placed, and the row reading leaves them null). The columns are a header's or a row's; a row with a group label
 * before its own label has other columns, and the rows after it are not aligned with the ones before it.
 */
final class SpacedColumns {
    /** How many lines back a line's columns still apply. */
    private static final int REACH = 8;

    private int[] starts;
    private int age;

    /** A row with its blank cells for a line aligned with the columns before it, or null. */
    Block row(String line) {
        age++;
        // two runs need a gap of two spaces between them: most lines (prose, tab and pipe rows) have none, and are
        // not cut into runs, which measured every character's width
        if (line.indexOf("  ") < 0) {
            return null;
        }
        List<int[]> runs = runs(line);
        if (runs.size() < 2) {
            return null;
        }
        boolean header = runs.size() >= 3 && isHeader(line, runs);
        if (!header && !isRow(line, runs)) {
            starts = null; // a row with a group label before its own: its columns are not the next rows'
            return null;
        }
        if (header) {
            keep(runs);
            return null;
        }
        Block row = null;
        if (starts != null && age <= REACH && runs.size() < starts.length && runs.get(0)[0] == starts[0]) {
            row = aligned(line, runs);
            age = row == null ? age : 0; // the table goes on
        }
        if (runs.size() >= 3 && row == null) {
            keep(runs);
        }
        return row;
    }

    private void keep(List<int[]> runs) {
        starts = new int[runs.size()];
        for (int i = 0; i < runs.size(); i++) {
            starts[i] = runs.get(i)[0];
        }
        age = 0;
    }

    /** Whether the runs are all words: a header row, whose columns the rows under it share. */
    private static boolean isHeader(String line, List<int[]> runs) {
        for (int[] run : runs) {
            if (startsValue(line.charAt(run[1]))) {
                return false;
            }
        }
        return true;
    }

    private Block aligned(String line, List<int[]> runs) {
        List<String> cells = new ArrayList<>();
        int r = 0;
        for (int start : starts) {
            if (r < runs.size() && runs.get(r)[0] == start) {
                cells.add(line.substring(runs.get(r)[1], runs.get(r)[2]));
                r++;
            } else {
                // a blank of a line laid out with spaces, not a merged label column: marked as a one-cell-per-line
                // page marks it, so that the row reading drops it at the row's end first and never shifts values
                cells.add("|");
            }
        }
        return r == runs.size() ? new Block(cells, true) : null;
    }

    /** Whether the runs are one label and then values only: the only lines whose columns are trusted. */
    private static boolean isRow(String line, List<int[]> runs) {
        if (startsValue(line.charAt(runs.get(0)[1]))) {
            return false;
        }
        for (int i = 1; i < runs.size(); i++) {
            if (!startsValue(line.charAt(runs.get(i)[1]))) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsValue(char c) {
        return c >= '0' && c <= '9' || c >= '\uFF10' && c <= '\uFF19' || "-+—–/－".indexOf(c) >= 0;
    }

    /** The runs of a line separated by two or more spaces: display column, and start and end in the line. */
    private static List<int[]> runs(String line) {
        List<int[]> runs = new ArrayList<>();
        int column = 0;
        int i = 0;
        int n = line.length();
        while (i < n) {
            if (line.charAt(i) == ' ') {
                column++;
                i++;
                continue;
            }
            if (line.charAt(i) == '\t') {
                return List.of(); // tabs leave the display columns unknown
            }
            int from = i;
            int fromColumn = column;
            while (i < n && !(line.charAt(i) == ' ' && (i + 1 == n || line.charAt(i + 1) == ' '))) {
                column += width(line.charAt(i));
                i++;
            }
            runs.add(new int[] {fromColumn, from, i});
        }
        return runs;
    }

    /** The display width of a character: two for Chinese and full-width forms, else one. */
    static int width(char c) {
        return c >= 0x1100 && (c <= 0x115f || c >= 0x2e80 && c <= 0xa4cf && c != 0x303f
                || c >= 0xac00 && c <= 0xd7a3 || c >= 0xf900 && c <= 0xfaff || c >= 0xfe30 && c <= 0xfe4f
                || c >= 0xff00 && c <= 0xff60 || c >= 0xffe0 && c <= 0xffe6) ? 2 : 1;
    }
}
