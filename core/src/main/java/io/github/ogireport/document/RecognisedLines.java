package io.github.ogireport.document;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of text that OCR read, each character marked when the recogniser was unsure of it, so that a phrase
 * taken from the text (the agency in the title) can be asked whether it was read surely. Carried from the extractor
 * to the parser as the document property {@link ExtractedDocument#RECOGNISED_LINES}. Public for the extractors and
 * the parser; not API.
 */
public final class RecognisedLines {
    /**
     * A character read with less confidence than this is doubtful. Measured on the scans of OcrBench: the place names
     * misread in titles (洪泽 → 法洋 at 0.88, 洪详 at 0.56; 岚山 → 山山 at 0.86, 风山 at 0.89) were all under it, and
     * the characters of the titles read right were 0.93 or more.
     */
    public static final double DOUBT = 0.9;
    private static final char SURE = '0';
    private static final char UNSURE = '1';

    private final List<String> texts = new ArrayList<>();
    private final List<String> marks = new ArrayList<>();

    /** No lines yet. */
    public RecognisedLines() {
    }

    /** Adds a line: its characters in reading order, spaces left out, each with its confidence. */
    public void add(List<String> characters, List<Double> confidences) {
        StringBuilder text = new StringBuilder();
        StringBuilder mark = new StringBuilder();
        for (int i = 0; i < characters.size(); i++) {
            String c = characters.get(i).replace(" ", "");
            text.append(c);
            mark.append(String.valueOf(confidences.get(i) < DOUBT ? UNSURE : SURE).repeat(c.length()));
        }
        if (text.length() > 0) {
            texts.add(text.toString());
            marks.add(mark.toString());
        }
    }

    /** {@return whether no line was added} */
    public boolean isEmpty() {
        return texts.isEmpty();
    }

    /** The property value: a line each, its text, a tab and its marks. */
    public String encode() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < texts.size(); i++) {
            out.append(texts.get(i)).append('\t').append(marks.get(i)).append('\n');
        }
        return out.toString();
    }

    /** The lines of a property value written by {@link #encode()}; none for null. */
    public static RecognisedLines decode(String property) {
        RecognisedLines lines = new RecognisedLines();
        if (property != null) {
            for (String line : property.split("\n")) {
                int tab = line.indexOf('\t');
                if (tab > 0 && line.length() - tab - 1 == tab) {
                    lines.texts.add(line.substring(0, tab));
                    lines.marks.add(line.substring(tab + 1));
                }
            }
        }
        return lines;
    }

    /**
     * Whether {@code phrase} was read only unsurely: it occurs in the lines (also across the end of one line and the
     * start of the next: a title quoted in a sentence, 《南充市高坪区 | 人民政府办公室2019年…》), and some character of
     * it was read unsurely in every occurrence. A phrase each of whose characters was read surely in one occurrence
     * or another is trusted (the title's 高 and the quotation's 告 unconfirmed, each read surely in the other); one
     * not found is not judged.
     */
    public boolean doubtful(String phrase) {
        String p = phrase.replace(" ", "");
        if (p.isEmpty()) {
            return false;
        }
        boolean[] sure = new boolean[p.length()];
        boolean found = false;
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            String mark = marks.get(i);
            if (i + 1 < texts.size()) {
                text += texts.get(i + 1);
                mark += marks.get(i + 1);
            }
            for (int at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) {
                found = true;
                for (int k = 0; k < p.length(); k++) {
                    sure[k] |= mark.charAt(at + k) != UNSURE;
                }
            }
        }
        if (!found) {
            return false;
        }
        for (boolean s : sure) {
            if (!s) {
                return true;
            }
        }
        return false;
    }
}
