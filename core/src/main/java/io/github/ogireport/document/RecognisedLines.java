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
    /**
     * The characters that end a place's name (淮安市, 洪泽区, 龙潭镇, 葛城街道): where the place names of an agency's
     * name end.
     */
    public static final String PLACE_ENDS = "省市区县旗州盟镇乡道";
    private static final char SURE = '0';
    private static final char UNSURE = '1';

    private final List<String> texts = new ArrayList<>();
    private final List<String> marks = new ArrayList<>();
    private final List<List<String>> again = new ArrayList<>();

    /** No lines yet. */
    public RecognisedLines() {
    }

    /** Adds a line: its characters in reading order, spaces left out, each with its confidence. */
    public void add(List<String> characters, List<Double> confidences) {
        add(characters, confidences, List.of());
    }

    /**
     * Adds a line with what the recogniser made of it when it read the line again on its own, at other sizes: the
     * votes of {@link #reread}.
     */
    public void add(List<String> characters, List<Double> confidences, List<String> rereadings) {
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
            List<String> readings = new ArrayList<>(rereadings.size());
            for (String r : rereadings) {
                readings.add(r.replaceAll("\\s", ""));
            }
            again.add(List.copyOf(readings));
        }
    }

    /** {@return whether no line was added} */
    public boolean isEmpty() {
        return texts.isEmpty();
    }

    /** The property value: a line each, its text, a tab and its marks, then a tab before each rereading. */
    public String encode() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < texts.size(); i++) {
            out.append(texts.get(i)).append('\t').append(marks.get(i));
            for (String r : again.get(i)) {
                out.append('\t').append(r);
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** The lines of a property value written by {@link #encode()}; none for null. */
    public static RecognisedLines decode(String property) {
        RecognisedLines lines = new RecognisedLines();
        if (property != null) {
            for (String line : property.split("\n")) {
                String[] f = line.split("\t", -1);
                if (f.length >= 2 && !f[0].isEmpty() && f[0].length() == f[1].length()) {
                    lines.texts.add(f[0]);
                    lines.marks.add(f[1]);
                    lines.again.add(List.of(f).subList(2, f.length));
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

    /**
     * A line that holds a phrase with some of its characters read unsurely, and was read again.
     *
     * @param from the phrase's first unsure character (an index into the phrase)
     * @param to after its last unsure character
     * @param rereadings the line read again on its own at other sizes, one string each, spaces left out
     */
    public record Reread(int from, int to, List<String> rereadings) {
    }

    /** The first line that holds {@code phrase} with an unsure character and was read again; null if none. */
    public Reread reread(String phrase) {
        String p = phrase.replace(" ", "");
        for (int i = 0; i < texts.size() && !p.isEmpty(); i++) {
            if (again.get(i).isEmpty()) {
                continue;
            }
            String mark = marks.get(i);
            for (int at = texts.get(i).indexOf(p); at >= 0; at = texts.get(i).indexOf(p, at + 1)) {
                int first = mark.indexOf(UNSURE, at);
                if (first >= 0 && first < at + p.length()) {
                    int last = mark.substring(0, at + p.length()).lastIndexOf(UNSURE);
                    return new Reread(first - at, last + 1 - at, again.get(i));
                }
            }
        }
        return null;
    }
}
