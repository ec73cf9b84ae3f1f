package io.github.ogireport.grid;

import io.github.ogireport.model.CellValue;
import io.github.ogireport.text.Token;
import io.github.ogireport.text.ValueLexer;

import java.util.ArrayList;
import java.util.List;

/** Glued runs for the tests: cell tokens as a tokenizer would make them from the source's words. */
final class Runs {
    private Runs() {
    }

    /** The run of the words a row's cells were left as (each word one token, a space between two). */
    static ConcatenatedRun of(String... words) {
        return ConcatenatedRun.of(tokens(words));
    }

    static List<Token> tokens(String... words) {
        List<Token> tokens = new ArrayList<>();
        for (String w : words) {
            CellValue v = w.isEmpty() ? CellValue.empty() : ValueLexer.read(w);
            tokens.add(new Token(w.isEmpty() ? Token.Kind.EMPTY : Token.Kind.VALUE, w, "",
                    v != null ? v : new CellValue(null, io.github.ogireport.model.CellKind.TEXT, w, null), 0));
        }
        return tokens;
    }

    /** A candidate as its cells' raw texts, for comparing. */
    static List<String> raws(List<CellValue> cells) {
        return cells.stream().map(CellValue::raw).toList();
    }

    static List<List<String>> raws(Splits splits) {
        return splits.candidates().stream().map(Runs::raws).toList();
    }
}
