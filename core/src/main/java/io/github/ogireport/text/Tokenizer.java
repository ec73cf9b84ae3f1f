package io.github.ogireport.text;

import io.github.ogireport.document.Block;
import io.github.ogireport.document.Cancellation;
import io.github.ogireport.model.CellValue;
import io.github.ogireport.model.Derivation;
import io.github.ogireport.model.OcrConfidence;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns blocks into tokens. Inside a cell, whitespace separates tokens (a whole table flattened onto one line
 * is one cell); neighbouring label words of one cell are joined into one TEXT token, so a label broken by
 * spaces ({@code 商业 企业}, {@code 1. 属于国家秘密}) is one token. A blank cell of a table row is an EMPTY token,
 * except the blank cells before a row's label, which only stand for merged label columns. A cell that is a lone
 * pipe is an EMPTY token too, marked by its raw text ({@link #PIPE_BLANK}).
 */
public final class Tokenizer {
    /**
     * A line that is only a pipe: in a page flattened one cell per line ({@code 规章 |} / {@code 2 |} / …), a blank
     * cell, or the filler a scraper writes between rows; the token's raw text keeps the pipe so that the row
     * reading can tell it from a blank cell of a table row ({@link Token#isPipeBlank()}).
     */
    public static final String PIPE_BLANK = "|";

    private Tokenizer() {
    }

    /** The tokens of blocks {@code from} (inclusive) to {@code to} (exclusive). */
    public static List<Token> tokens(List<Block> blocks, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        for (int b = from; b < to; b++) {
            Cancellation.check();
            Block block = blocks.get(b);
            int firstText = block.row() ? firstTextCell(block) : -1;
            List<String> cells = block.cells();
            boolean spans = !block.covered().isEmpty(); // most rows: no slot to look up (and box) per cell
            for (int c = 0; c < cells.size(); c++) {
                String cell = cells.get(c);
                if (spans && block.covered().contains(c)) {
                    continue; // the shadow of a spanning cell, not a cell
                }
                if (cell.isBlank()) {
                    if (block.row() && c > firstText) {
                        tokens.add(new Token(Token.Kind.EMPTY, "", "", CellValue.empty(), b));
                    }
                    continue;
                }
                if (cell.strip().equals(PIPE_BLANK)) {
                    tokens.add(new Token(Token.Kind.EMPTY, PIPE_BLANK, "", CellValue.empty(), b));
                    continue;
                }
                int first = tokens.size();
                // a unit alone in a cell of a recognised page is more likely a number misread (0 as 人) than the
                // unit of the number in the cell before
                cellTokens(cell, b, block.confidence().isEmpty() ? 0 : first, tokens);
                if (!block.confidence().isEmpty()) {
                    unreadValue(tokens, first, block, c, b);
                    recognised(tokens, first, block.confidence().get(c),
                            block.alternatives().isEmpty() ? "" : block.alternatives().get(c));
                }
            }
        }
        return tokens;
    }

    /**
     * Marks the values read from a cell of a recognised page image as OCR'd, with the cell's confidence (none known:
     * 0, so that only a passing check can confirm them); a cell of one number that the other reader read as another
     * number has both readings as its candidates.
     */
    private static void recognised(List<Token> tokens, int from, double confidence, String alternative) {
        boolean one = tokens.size() == from + 1;
        for (int i = from; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() == Token.Kind.VALUE) {
                CellValue v = t.value().withConfidence(Double.isNaN(confidence) ? 0 : confidence)
                        .decidedBy(Derivation.OCR);
                if (one && !alternative.isEmpty() && v.isNumber()) {
                    v = new CellValue(v.value(), v.kind(), v.raw(), v.unit(), v.how(), v.confidence(),
                            List.of(v.raw(), alternative));
                }
                tokens.set(i, new Token(t.kind(), t.raw(), t.norm(), v, t.block()));
            }
        }
    }

    /**
     * A table cell of a recognised page that was read as a few Latin letters or marks ({@code D}, {@code Ss)}), or
     * as one Chinese character with at most one mark ({@code 呈}, {@code 了3}: no label of the tables is one
     * character), is a number the recogniser could not read, not a label: an undecided value keeps its place in the
     * row, where a text token would start a row of its own or let the next number slide into it. So is a cell read
     * as two Chinese characters without confidence ({@code 网和}) after a value of its row, or as two Chinese
     * characters and at most a mark between the row's label and its first number ({@code 由双}, {@code 人>四}): a label
     * comes before the values, and no label of the tables is two characters after another label.
     */
    private static void unreadValue(List<Token> tokens, int from, Block block, int cell, int b) {
        if (!block.row() || tokens.size() != from + 1 || tokens.get(from).kind() != Token.Kind.TEXT) {
            return;
        }
        Token t = tokens.get(from);
        String raw = t.raw();
        long wide = raw.codePoints().filter(c -> Character.isLetter(c) && c > 0x2000).count();
        long shown = raw.codePoints().filter(c -> !Character.isWhitespace(c)).count(); // f 一 is two characters
        boolean afterValue = valueBefore(tokens, from, b);
        boolean twoUnsure = wide == 2 && shown == 2 && afterValue && !(block.confidence().get(cell) >= OcrConfidence.SURE);
        boolean twoFirst = wide == 2 && shown <= 3 && !afterValue && textBefore(tokens, from, b) && valueAfter(block, cell);
        if (shown > UNREAD_LENGTH || wide > 2 || wide == 2 && !twoUnsure && !twoFirst || wide == 1 && shown > 2) {
            return;
        }
        tokens.set(from, new Token(Token.Kind.VALUE, raw, "", CellValue.undecided(raw, List.of(raw)), t.block()));
    }

    /** Whether a token of block {@code block} before index {@code from} is a value. */
    private static boolean valueBefore(List<Token> tokens, int from, int block) {
        return kindBefore(tokens, from, block, Token.Kind.VALUE);
    }

    /** Whether a token of block {@code block} before index {@code from} is text: the row's label. */
    private static boolean textBefore(List<Token> tokens, int from, int block) {
        return kindBefore(tokens, from, block, Token.Kind.TEXT);
    }

    private static boolean kindBefore(List<Token> tokens, int from, int block, Token.Kind kind) {
        for (int i = from - 1; i >= 0 && tokens.get(i).block() == block; i--) {
            if (tokens.get(i).kind() == kind) {
                return true;
            }
        }
        return false;
    }

    /** Whether the next cell of {@code block} after {@code cell} that holds anything reads as a number. */
    private static boolean valueAfter(Block block, int cell) {
        for (int c = cell + 1; c < block.cells().size(); c++) {
            String next = block.cells().get(c);
            if (!next.isBlank() && !block.covered().contains(c)) {
                CellValue v = ValueLexer.read(next);
                return v != null && v.isNumber();
            }
        }
        return false;
    }

    /** The longest reading of a table cell taken for an unread number rather than for text. */
    private static final int UNREAD_LENGTH = 6;

    private static int firstTextCell(Block block) {
        for (int c = 0; c < block.cells().size(); c++) {
            String cell = block.cells().get(c);
            if (!cell.isBlank() && ValueLexer.read(cell) == null) {
                return c;
            }
        }
        return -1;
    }

    /**
     * The tokens of one cell; a unit word ({@code 人}, {@code 万元}) joins the number before it when that number is
     * token {@code unitsFrom} or later of the block (a number and its unit printed in two cells of a text page).
     */
    private static void cellTokens(String cell, int block, int unitsFrom, List<Token> out) {
        CellValue whole = ValueLexer.read(cell);
        if (whole != null) {
            out.add(new Token(Token.Kind.VALUE, cell.strip(), "", whole, block));
            return;
        }
        String s = cell.strip();
        int n = s.length();
        int textFrom = -1; // the label words not yet made a token: s from here to textTo
        int textTo = -1;
        // the words between runs of whitespace ([\\s\\u00A0\\u3000]+), found by hand
        for (int end = 0; ; ) {
            int start = end;
            while (start < n && isSpace(s.charAt(start))) {
                start++;
            }
            if (start == n) {
                break;
            }
            end = start + 1;
            while (end < n && !isSpace(s.charAt(end))) {
                end++;
            }
            String word = s.substring(start, end);
            Token last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (textFrom < 0 && last != null && last.block() == block && out.size() > unitsFrom
                    && last.kind() == Token.Kind.VALUE
                    && last.value().isNumber() && last.value().unit() == null && ValueLexer.isUnit(word)) {
                String raw = last.raw() + " " + word;
                out.set(out.size() - 1, new Token(Token.Kind.VALUE, raw, "", ValueLexer.read(raw), block));
                continue;
            }
            // a cell of one word is the word: it was read as a value above already; a number before a point that
            // starts the next word is an item's number whose point was read apart ({@code 7 .属于行政执法案卷})
            CellValue value = word == cell || itemNumber(word, s, end) ? null : ValueLexer.read(word);
            if (value != null) {
                flushText(s, textFrom, textTo, block, out);
                textFrom = -1;
                out.add(new Token(Token.Kind.VALUE, word, "", value, block));
            } else {
                textFrom = textFrom < 0 ? start : textFrom;
                textTo = end;
            }
        }
        flushText(s, textFrom, textTo, block, out);
    }

    /** Whether {@code word}, ending at {@code end} of {@code s}, is one or two digits and the next word starts with a point. */
    private static boolean itemNumber(String word, String s, int end) {
        if (word.length() > 2 || !Character.isDigit(word.charAt(0)) || !Character.isDigit(word.charAt(word.length() - 1))) {
            return false;
        }
        int next = end;
        while (next < s.length() && isSpace(s.charAt(next))) {
            next++;
        }
        if (next + 1 >= s.length() || next == end) {
            return false;
        }
        char point = s.charAt(next);
        return (point == '.' || point == '．' || point == '、') && !Character.isDigit(s.charAt(next + 1));
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r' || c == '\u00A0' || c == '\u3000';
    }

    /** Makes the label words of {@code s} between {@code from} and {@code to}, if any, one TEXT token. */
    private static void flushText(String s, int from, int to, int block, List<Token> out) {
        if (from >= 0) {
            String raw = singleSpaced(s, from, to);
            out.add(new Token(Token.Kind.TEXT, raw, MatchText.of(raw), null, block));
        }
    }

    /** The words of {@code s} between {@code from} and {@code to} joined by one space. */
    private static String singleSpaced(String s, int from, int to) {
        StringBuilder b = null;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            boolean space = isSpace(c);
            if (b == null && space && (c != ' ' || isSpace(s.charAt(i + 1)))) {
                b = new StringBuilder(to - from).append(s, from, i); // a run that is not one space: rebuild
            }
            if (b != null && (!space || !isSpace(b.charAt(b.length() - 1)))) {
                b.append(space ? ' ' : c);
            }
        }
        return b == null ? s.substring(from, to) : b.toString();
    }
}
