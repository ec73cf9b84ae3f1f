package io.github.ogireport.text;

import io.github.ogireport.extract.Block;
import io.github.ogireport.model.CellValue;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns blocks into tokens. Inside a cell, whitespace separates tokens (a whole table flattened onto one line
 * is one cell); neighbouring label words of one cell are joined into one TEXT token, so a label broken by
 * spaces ({@code 商业 企业}, {@code 1. 属于国家秘密}) is one token. A blank cell of a table row is an EMPTY token,
 * except the blank cells before a row's label, which only stand for merged label columns.
 */
public final class Tokenizer {
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
            for (int c = 0; c < cells.size(); c++) {
                String cell = cells.get(c);
                if (block.covered().contains(c)) {
                    continue; // the shadow of a spanning cell, not a cell
                }
                if (cell.isBlank()) {
                    if (block.row() && c > firstText) {
                        tokens.add(new Token(Token.Kind.EMPTY, "", "", CellValue.empty(), b));
                    }
                    continue;
                }
                cellTokens(cell, b, tokens);
            }
        }
        return tokens;
    }

    private static int firstTextCell(Block block) {
        for (int c = 0; c < block.cells().size(); c++) {
            String cell = block.cells().get(c);
            if (!cell.isBlank() && ValueLexer.read(cell) == null) {
                return c;
            }
        }
        return -1;
    }

    private static void cellTokens(String cell, int block, List<Token> out) {
        CellValue whole = ValueLexer.read(cell);
        if (whole != null) {
            out.add(new Token(Token.Kind.VALUE, cell.strip(), "", whole, block));
            return;
        }
        StringBuilder text = new StringBuilder();
        for (String word : words(cell.strip())) {
            Token last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (text.isEmpty() && last != null && last.block() == block && last.kind() == Token.Kind.VALUE
                    && last.value().isNumber() && last.value().unit() == null && ValueLexer.isUnit(word)) {
                String raw = last.raw() + " " + word;
                out.set(out.size() - 1, new Token(Token.Kind.VALUE, raw, "", ValueLexer.read(raw), block));
                continue;
            }
            CellValue value = ValueLexer.read(word);
            if (value != null) {
                flushText(text, block, out);
                out.add(new Token(Token.Kind.VALUE, word, "", value, block));
            } else {
                text.append(text.isEmpty() ? "" : " ").append(word);
            }
        }
        flushText(text, block, out);
    }

    /** The words of a cell between runs of whitespace ({@code [\\s\\u00A0\\u3000]+}), without a regular expression. */
    static List<String> words(String cell) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= cell.length(); i++) {
            boolean space = i == cell.length() || isSpace(cell.charAt(i));
            if (space && start >= 0) {
                words.add(cell.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return words;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r' || c == '\u00A0' || c == '\u3000';
    }

    private static void flushText(StringBuilder text, int block, List<Token> out) {
        if (!text.isEmpty()) {
            String raw = text.toString();
            out.add(new Token(Token.Kind.TEXT, raw, MatchText.of(raw), null, block));
            text.setLength(0);
        }
    }
}
