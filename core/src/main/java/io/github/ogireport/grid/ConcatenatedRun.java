package io.github.ogireport.grid;

import io.github.ogireport.model.CellKind;
import io.github.ogireport.model.CellValue;
import io.github.ogireport.text.MatchText;
import io.github.ogireport.text.Token;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The cells of one table row as a run of characters still to be cut into cells, for rows whose cells an earlier
 * tool glued together ({@code 5000308} for 5 0 0 0 3 0 8). The run is the texts of the row's cell tokens one after
 * the other, with a cut that every split must keep wherever the source still separated two tokens (a stray space
 * or a cell border survived there). A token that cannot be cut (a blank cell, {@code 无}) is one character that
 * stands for its own cell.
 */
final class ConcatenatedRun {
    /** Stands in the run for a token that is one cell as it is. */
    static final char ATOM = '\uFFFC';
    /** Texts that may hold several glued cells: digits, signs, decimal points and dashes, an amount unit at the end. */
    private static final Pattern CUTTABLE = Pattern.compile("[0-9+\\-−—–―─/~～\\\\.]*[0-9][0-9+\\-−—–―─/~～\\\\.]*(万元|元|万)?");
    private static final int SHOWN = 60;

    private final String text;
    private final boolean[] cutBefore;
    private final Map<Integer, CellValue> atoms;
    private final String printed;
    private final int tokens;

    private ConcatenatedRun(String text, boolean[] cutBefore, Map<Integer, CellValue> atoms, String printed,
                            int tokens) {
        this.text = text;
        this.cutBefore = cutBefore;
        this.atoms = atoms;
        this.printed = printed;
        this.tokens = tokens;
    }

    /** The run of a row's cell tokens (VALUE and EMPTY tokens, in order), any of which may be cut. */
    static ConcatenatedRun of(List<Token> values) {
        return of(values, t -> true);
    }

    /**
     * The run of a row's cell tokens, of which only those {@code mayHoldSeveral} accepts may be cut: the others are
     * printed numbers, each one cell.
     */
    static ConcatenatedRun of(List<Token> values, java.util.function.Predicate<Token> mayHoldSeveral) {
        StringBuilder text = new StringBuilder();
        StringBuilder printed = new StringBuilder();
        Map<Integer, CellValue> atoms = new HashMap<>();
        int[] starts = new int[values.size()];
        for (int i = 0; i < values.size(); i++) {
            Token t = values.get(i);
            starts[i] = text.length();
            String norm = t.kind() == Token.Kind.EMPTY ? "" : MatchText.of(t.raw());
            if (!norm.isEmpty() && mayHoldSeveral.test(t) && CUTTABLE.matcher(norm).matches()) {
                text.append(norm);
            } else {
                atoms.put(text.length(), t.value());
                text.append(ATOM);
            }
            printed.append(i == 0 ? "" : " ").append(t.value().kind() == CellKind.EMPTY ? "(blank)" : t.raw());
        }
        boolean[] cuts = new boolean[text.length() + 1];
        for (int i = 1; i < starts.length; i++) {
            cuts[starts[i]] = true;
        }
        return new ConcatenatedRun(text.toString(), cuts, Map.copyOf(atoms), printed.toString(), values.size());
    }

    /** The characters to cut. */
    String text() {
        return text;
    }

    /** How many characters the run has. */
    int length() {
        return text.length();
    }

    /** Whether the source separated position {@code i - 1} from {@code i}: a split must cut there. */
    boolean cutBefore(int i) {
        return cutBefore[i];
    }

    /** The cell a token that cannot be cut stands for, at its position in the run. */
    CellValue atom(int position) {
        return atoms.get(position);
    }

    /** Whether some token could hold more than one cell, so that a split can give more cells than tokens. */
    boolean cuttable() {
        return text.length() > tokens;
    }

    /** The run as printed (tokens separated by a space), shortened for a message when it is long. */
    String shown() {
        return shorten(printed);
    }

    /** A text shortened for a message: its start, and how long it is. */
    static String shorten(String s) {
        return s.length() <= SHOWN ? s : s.substring(0, SHOWN) + "…(" + s.length() + " characters)";
    }
}
