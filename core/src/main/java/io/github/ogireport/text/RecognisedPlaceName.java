package io.github.ogireport.text;

import io.github.ogireport.document.RecognisedLines;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The place name in an agency's name that OCR read unsurely, decided by two readers that do not share their errors:
 * the recogniser reading the line again at several sizes, and the list of China's administrative divisions
 * ({@link Divisions}). The recogniser misreads place names (洪泽 → 法洋, 岚山 → 山山) and is at times sure of a wrong
 * one, and most of its readings at several sizes can agree on a wrong name (a signature's 岚山 read 册山 at five of
 * seven sizes); a wrong name that is a majority of the readings and also a real place, in the place named before it,
 * is far rarer. Public for the parser; not API.
 */
public final class RecognisedPlaceName {
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");

    private RecognisedPlaceName() {
    }

    /**
     * An agency's name put right.
     *
     * @param agency the agency's name with its place name decided
     * @param how what was read and why this name: for the warning
     */
    public record Decided(String agency, String how) {
    }

    /**
     * The agency's name with its unsurely read characters decided, or null where they cannot be. The unsure stretch,
     * widened to whole place names (up to the 省, 市, 区, 县, 乡 or 镇 that ends one), is read where the line's rereadings give
     * it between the name's other characters; one spelling must be more than half of the readings, name a division
     * (each name in the one before it) wherever it is not what every reading gave, and no other spelling read may
     * name one too.
     */
    public static Decided decide(String agency, RecognisedLines lines) {
        RecognisedLines.Reread line = lines.reread(agency);
        if (line == null) {
            return null;
        }
        int from = line.from();
        while (from > 0 && !endsPlace(agency.charAt(from - 1))) {
            from--;
        }
        int to = line.to();
        for (int at = to; at < agency.length() && !endsPlace(agency.charAt(to - 1)); at++) {
            if (endsPlace(agency.charAt(at))) {
                to = at;
                break;
            }
        }
        String before = agency.substring(0, from);
        String after = agency.substring(to);
        String read = agency.substring(from, to);
        Pattern where = Pattern.compile(Pattern.quote(before) + "(.{" + read.length() + "})" + Pattern.quote(after));
        Map<String, Integer> votes = new LinkedHashMap<>();
        for (String r : line.rereadings()) {
            Matcher m = where.matcher(r);
            if (m.find()) {
                votes.merge(m.group(1), 1, Integer::sum);
            }
        }
        String winner = null;
        for (Map.Entry<String, Integer> e : votes.entrySet()) {
            if (2 * e.getValue() > line.rereadings().size()) {
                winner = e.getKey();
            }
        }
        if (winner == null || !HAN.matcher(winner).matches()) {
            return null;
        }
        Divisions divisions = Divisions.all();
        Divisions.Chain places = divisions.chain(before + winner + after);
        int named = places.end() - from;
        // past the places, a character stands only where every reading, the first one too, gave it
        if (named <= 0 || named < read.length() && !sameAfter(votes.keySet(), read, named)) {
            return null;
        }
        // no other spelling names a place too: then the list cannot tell which one is printed
        for (String other : votes.keySet()) {
            if (!other.equals(winner) && names(divisions, before, other, after, from, named)) {
                return null;
            }
        }
        if (!read.equals(winner) && names(divisions, before, read, after, from, named)) {
            return null;
        }
        String decided = before + winner + after;
        StringBuilder tally = new StringBuilder();
        votes.forEach((spelling, n) -> tally.append(tally.length() == 0 ? "" : ", ").append(spelling).append(" ×")
                .append(n));
        List<String> divisionNames = places.codes().stream().map(c -> divisions.name(c) + " " + c).toList();
        return new Decided(decided, "OCR read the agency as “" + agency + "”, unsure of “" + read + "”; the line read "
                + "again alone at " + line.rereadings().size() + " sizes gave " + tally + " there, and only “"
                + winner.substring(0, Math.min(named, winner.length())) + "” names a division in the National "
                + "Bureau of Statistics' list (" + String.join(", ", divisionNames) + "): agency “" + decided + "”");
    }

    private static boolean endsPlace(char c) {
        return RecognisedLines.PLACE_ENDS.indexOf(c) >= 0;
    }

    /** Whether every spelling read, and the first reading, have the same characters from {@code at} on. */
    private static boolean sameAfter(java.util.Set<String> spellings, String read, int at) {
        for (String s : spellings) {
            if (!s.substring(at).equals(read.substring(at))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a spelling of the stretch names divisions as far as the decided one does. */
    private static boolean names(Divisions divisions, String before, String spelling, String after, int from,
                                 int named) {
        return divisions.chain(before + spelling + after).end() - from >= named;
    }
}
