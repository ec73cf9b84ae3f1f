package io.github.ogireport.text;

import io.github.ogireport.document.Block;
import io.github.ogireport.model.CellKind;
import io.github.ogireport.model.CellValue;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TokenizerTest {
    @Test
    void labelWordsAreJoinedByOneSpaceAndUnitsJoinTheirNumber() {
        List<Token> tokens = Tokenizer.tokens(List.of(new Block(List.of("商业\u3000\u3000企业 5  件 其他", "", "3"), true)),
                0, 1);
        assertEquals(List.of("商业 企业", "5 件", "其他", "", "3"), tokens.stream().map(Token::raw).toList());
    }

    @Test
    void anItemNumberWhosePointWasReadApartStaysWithItsLabel() {
        // a recogniser's reading of the label cell 7.属于行政执法案卷 (the point read apart), then the row's values
        List<Token> tokens = Tokenizer.tokens(List.of(new Block(List.of("7 .属于行政执法案卷", "0", "1"), true)), 0, 1);
        assertEquals(List.of(Token.Kind.TEXT, Token.Kind.VALUE, Token.Kind.VALUE), tokens.stream().map(Token::kind).toList());
        assertEquals("7 .属于行政执法案卷", tokens.get(0).raw());
        // a number followed by a decimal part is still a number
        assertEquals(Token.Kind.VALUE, Tokenizer.tokens(List.of(new Block(List.of("7 件", "0"), true)), 0, 1).get(0).kind());
    }

    @Test
    void aRecognisedCellReadAsLatinMarksIsAnUnreadValueNotALabel() {
        Block row = new Block(List.of("6.属于四类过程性信息", "D", "0"), true, java.util.Set.of(),
                List.of(0.97, 0.98, 0.99));
        List<Token> tokens = Tokenizer.tokens(List.of(row), 0, 1);
        assertEquals(List.of(Token.Kind.TEXT, Token.Kind.VALUE, Token.Kind.VALUE), tokens.stream().map(Token::kind).toList());
        CellValue unread = tokens.get(1).value();
        assertEquals(io.github.ogireport.model.CellKind.UNDECIDED, unread.kind());
        assertEquals(List.of("D"), unread.candidates());
        // one Chinese character where a digit is printed (2 read as 了): a value, not the label of a new row
        Block misread = new Block(List.of("6.属于四类过程性信息", "呈", "了3", "(一)"), true, java.util.Set.of(),
                List.of(0.97, 0.77, 0.9, 0.9));
        assertEquals(List.of(Token.Kind.TEXT, Token.Kind.VALUE, Token.Kind.VALUE, Token.Kind.TEXT),
                Tokenizer.tokens(List.of(misread), 0, 1).stream().map(Token::kind).toList());
        // a letter, a space and a Chinese character where a 1 is printed (the degraded scan of lo-html-2019, table 四)
        Block spaced = new Block(List.of("4", "f 一", "0"), true, java.util.Set.of(), List.of(1.0, 0.8, 0.99));
        assertEquals(List.of(Token.Kind.VALUE, Token.Kind.VALUE, Token.Kind.VALUE),
                Tokenizer.tokens(List.of(spaced), 0, 1).stream().map(Token::kind).toList());
        // two Chinese characters read without confidence after a value of the row: a misread 0 (lo-docx-2021,
        // degraded); the same as the row's first cell, or read with confidence, is text
        Block two = new Block(List.of("2.没有现成信息需要另行制作", "5", "网和", "0"), true, java.util.Set.of(),
                List.of(0.99, 0.99, 0.86, 0.99));
        assertEquals(List.of(Token.Kind.TEXT, Token.Kind.VALUE, Token.Kind.VALUE, Token.Kind.VALUE),
                Tokenizer.tokens(List.of(two), 0, 1).stream().map(Token::kind).toList());
        // two Chinese characters and a mark between the label and the row's other numbers: a misread 3 (hongze-2024,
        // clean scan, 规范性文件 | 3 | 0 | 8) and a misread 12 (lo-word-qingshan-2022, degraded, 新收 … | 12 | 3 | …)
        Block first = new Block(List.of("规范性文件", "人>四", "0", "8"), true, java.util.Set.of(),
                List.of(0.95, 0.9, 0.99, 0.99));
        List<Token> firstTokens = Tokenizer.tokens(List.of(first), 0, 1);
        assertEquals(List.of(Token.Kind.TEXT, Token.Kind.VALUE, Token.Kind.VALUE, Token.Kind.VALUE),
                firstTokens.stream().map(Token::kind).toList());
        assertEquals(CellKind.UNDECIDED, firstTokens.get(1).value().kind());
        Block newReceived = new Block(List.of("（一）新收政府信息公开申请数量", "由双", "3", "1"), true,
                java.util.Set.of(), List.of(0.95, 0.99, 0.99, 0.99));
        assertEquals(List.of(Token.Kind.TEXT, Token.Kind.VALUE, Token.Kind.VALUE, Token.Kind.VALUE),
                Tokenizer.tokens(List.of(newReceived), 0, 1).stream().map(Token::kind).toList());
        // two characters after the label that no number follows stay text
        Block noNumber = new Block(List.of("（六）其他处理", "其他", "说明"), true, java.util.Set.of(),
                List.of(0.99, 0.99, 0.99));
        assertEquals(Token.Kind.TEXT, Tokenizer.tokens(List.of(noNumber), 0, 1).get(1).kind());
        Block label = new Block(List.of("规章", "0", "总计"), true, java.util.Set.of(), List.of(0.9, 0.99, 0.99));
        assertEquals(List.of(Token.Kind.TEXT, Token.Kind.VALUE, Token.Kind.TEXT),
                Tokenizer.tokens(List.of(label), 0, 1).stream().map(Token::kind).toList());
        // the same cell of a text document is text
        Block typed = new Block(List.of("6.属于四类过程性信息", "D", "0"), true);
        assertEquals(Token.Kind.TEXT, Tokenizer.tokens(List.of(typed), 0, 1).get(1).kind());
    }

    @Test
    void aRecognisedNumberTheReadersReadDifferentlyHasBothReadingsAsCandidates() {
        // 31 read 3 by the digit reader and 31 by the Chinese model
        Block row = new Block(List.of("1.本机关不掌握相关政府信息", "3", "0"), true, java.util.Set.of(),
                List.of(0.97, 0.5, 0.99), List.of("", "31", ""));
        List<Token> tokens = Tokenizer.tokens(List.of(row), 0, 1);
        assertEquals(List.of("3", "31"), tokens.get(1).value().candidates());
        assertEquals(3, tokens.get(1).value().value().intValue());
        assertEquals(List.of(), tokens.get(2).value().candidates());
    }

    @Test
    void aUnitAloneInARecognisedCellIsAnUnreadValueNotTheUnitOfTheNumberBefore() {
        // chromium-html-2021, degraded scan, table 四: … 2 | 1 | 人 | 1 | 4 …, the 0 of 其他结果 read as 人; joined to
        // the 1 before it as "1 人" it took a cell out of the row and the row's values slid by one
        Block row = new Block(List.of("行政诉讼", "1", "人", "1"), true, java.util.Set.of(),
                List.of(0.99, 0.5, 0.86, 0.97), List.of("", "", "", ""));
        List<Token> tokens = Tokenizer.tokens(List.of(row), 0, 1);
        assertEquals(4, tokens.size(), tokens::toString);
        assertEquals("1", tokens.get(1).raw());
        assertEquals(Token.Kind.VALUE, tokens.get(2).kind());
        assertEquals(CellKind.UNDECIDED, tokens.get(2).value().kind());
        // in a typed table, a unit printed in the cell after its number is still that number's unit
        Block typed = new Block(List.of("收费金额", "4.98", "万元"), true);
        assertEquals("4.98 万元", Tokenizer.tokens(List.of(typed), 0, 1).get(1).raw());
    }

    /** The tokens of random cells are those of splitting the cell into a list of words first, as it was done. */
    @Test
    void tokensOfRandomCellsAreThoseOfTheWordList() {
        String[] atoms = {"商业", "企业", "1.", "属于", " ", "  ", "\t", "\u3000", "\u00A0", "\u2003", "5", "1,234", "万元", "件",
                "%", "-", "—", "无", "（一）", "３", "\n"};
        Random random = new Random(5);
        for (int n = 0; n < 30_000; n++) {
            List<String> cells = new ArrayList<>();
            for (int c = random.nextInt(3); c >= 0; c--) {
                StringBuilder s = new StringBuilder();
                for (int i = random.nextInt(8); i > 0; i--) {
                    s.append(atoms[random.nextInt(atoms.length)]);
                }
                cells.add(s.toString());
            }
            Block block = new Block(cells, cells.size() > 1);
            assertEquals(reference(block), Tokenizer.tokens(List.of(block), 0, 1), cells::toString);
        }
    }

    private static List<Token> reference(Block block) {
        List<Token> out = new ArrayList<>();
        int firstText = -1;
        if (block.row()) {
            for (int c = 0; c < block.cells().size() && firstText < 0; c++) {
                String cell = block.cells().get(c);
                firstText = !cell.isBlank() && ValueLexer.read(cell) == null ? c : -1;
            }
        }
        for (int c = 0; c < block.cells().size(); c++) {
            String cell = block.cells().get(c);
            if (cell.isBlank()) {
                if (block.row() && c > firstText) {
                    out.add(new Token(Token.Kind.EMPTY, "", "", CellValue.empty(), 0));
                }
                continue;
            }
            CellValue whole = ValueLexer.read(cell);
            if (whole != null) {
                out.add(new Token(Token.Kind.VALUE, cell.strip(), "", whole, 0));
                continue;
            }
            StringBuilder text = new StringBuilder();
            for (String word : cell.strip().split("[ \\t\\n\\x0B\\f\\r\\u00A0\\u3000]+")) {
                if (word.isEmpty()) {
                    continue;
                }
                Token last = out.isEmpty() ? null : out.get(out.size() - 1);
                if (text.isEmpty() && last != null && last.kind() == Token.Kind.VALUE && last.value().isNumber()
                        && last.value().unit() == null && ValueLexer.isUnit(word)) {
                    String raw = last.raw() + " " + word;
                    out.set(out.size() - 1, new Token(Token.Kind.VALUE, raw, "", ValueLexer.read(raw), 0));
                    continue;
                }
                CellValue value = ValueLexer.read(word);
                if (value != null) {
                    flush(text, out);
                    out.add(new Token(Token.Kind.VALUE, word, "", value, 0));
                } else {
                    text.append(text.isEmpty() ? "" : " ").append(word);
                }
            }
            flush(text, out);
        }
        return out;
    }

    private static void flush(StringBuilder text, List<Token> out) {
        if (!text.isEmpty()) {
            out.add(new Token(Token.Kind.TEXT, text.toString(), MatchText.of(text.toString()), null, 0));
            text.setLength(0);
        }
    }
}
