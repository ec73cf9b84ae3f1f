package io.github.ogireport.extract.text;

/**
 * Tables drawn with box characters, as w3m and links dump them: {@code │规章│0│0│0│} between rulings
 * {@code ├──┼──┤}. A line of cells is read as a pipe row (each vertical or junction character a pipe, horizontal
 * lines blank), so that the ordinary pipe rows apply; a line of rulings alone holds no text and is dropped.
 */
final class BoxDrawing {
    /** The box-drawing block U+2500–U+257F. */
    private static final char FIRST = '\u2500';
    private static final char LAST = '\u257F';

    private BoxDrawing() {
    }

    /** Whether the line holds a vertical line or junction of a box table. */
    static boolean has(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= FIRST && c <= LAST && !isHorizontal(c)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the line holds box characters and spaces only: a ruling. */
    static boolean isRule(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!(c >= FIRST && c <= LAST) && !Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the line draws a horizontal ruling somewhere (a row ends there). */
    static boolean hasRuling(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (isHorizontal(line.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The line with each vertical line or junction as a pipe and each horizontal line as a space. */
    static String asPipes(String line) {
        StringBuilder b = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= FIRST && c <= LAST) {
                b.append(isHorizontal(c) ? ' ' : '|');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** ─ ━ ┄ ┅ ┈ ┉ ═ ╌ ╍: lines that do not separate cells. */
    private static boolean isHorizontal(char c) {
        return c == '\u2500' || c == '\u2501' || c == '\u2504' || c == '\u2505' || c == '\u2508' || c == '\u2509'
                || c == '\u2550' || c == '\u254C' || c == '\u254D';
    }
}
