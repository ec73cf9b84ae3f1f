package io.github.ogireport.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * China's administrative divisions, by name (the National Bureau of Statistics' list of 2023): whether the words at
 * the start of an agency's name are real places, each in the one before it ({@code 淮安市洪泽区}). Down to county level
 * from {@code divisions.tsv}; townships too from {@code towns.tsv} where the OCR module, which alone needs them, is on
 * the class path, and a township only inside its county ({@code 城口县岚天乡}, not {@code 岚天乡} alone: some forty
 * thousand names, many of them alike). A county-level name is also known by its other suffixes, because counties
 * become districts or cities and older reports keep the old name (洪泽县 became 洪泽区 in 2016). Loaded on first use.
 */
final class Divisions {
    /** The suffixes of county-level names that a county's conversion swaps. */
    private static final String COUNTY_SUFFIXES = "县区市";
    private static final int LONGEST = 16;
    /** The length of a county's code; a township's is longer. */
    private static final int COUNTY = 6;

    /** The codes of the divisions a name may print, a code's parent being its prefix (32 ⊃ 3208 ⊃ 320813). */
    private final Map<String, List<String>> codes = new HashMap<>();
    /** The name in the list, by code. */
    private final Map<String, String> names = new HashMap<>();

    private Divisions() {
    }

    private static final class Loaded {
        static final Divisions ALL = load();
    }

    /** The divisions of {@code divisions.tsv}. */
    static Divisions all() {
        return Loaded.ALL;
    }

    private static Divisions load() {
        Divisions d = new Divisions();
        if (!d.read("divisions.tsv")) {
            throw new IllegalStateException("divisions.tsv is missing from the class path");
        }
        d.read("towns.tsv");
        return d;
    }

    /** Adds the names of a list on the class path; false where it is not there. */
    private boolean read(String resource) {
        try (InputStream in = Divisions.class.getResourceAsStream(resource)) {
            if (in == null) {
                return false;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t");
                add(f[1], f[0]);
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(resource + " cannot be read", e);
        }
    }

    private void add(String name, String code) {
        names.put(code, name);
        codes.computeIfAbsent(name, k -> new ArrayList<>(1)).add(code);
        char suffix = name.charAt(name.length() - 1);
        // a one-character stem (莒县, 沛县) is too short to stand under another suffix
        if (code.length() == COUNTY && name.length() >= 3 && COUNTY_SUFFIXES.indexOf(suffix) >= 0) {
            String stem = name.substring(0, name.length() - 1);
            for (char other : COUNTY_SUFFIXES.toCharArray()) {
                if (other != suffix) {
                    codes.computeIfAbsent(stem + other, k -> new ArrayList<>(1)).add(code);
                }
            }
        }
    }

    /**
     * The places named at the start of {@code text}, each inside the one before it: the codes of the last, and where
     * the names end. None when the text does not start with a division's name.
     *
     * @param end where the chain of names ends in the text (0 when none)
     * @param codes the codes the last name may be (朝阳区 is in Beijing and in Changchun)
     */
    record Chain(int end, List<String> codes) {
    }

    /** The longest chain of division names at the start of {@code text}, each in the one before it. */
    Chain chain(String text) {
        int end = 0;
        List<String> last = List.of();
        while (true) {
            int next = -1;
            List<String> inside = List.of();
            for (int len = Math.min(LONGEST, text.length() - end); len >= 2 && next < 0; len--) {
                List<String> found = codes.get(text.substring(end, end + len));
                if (found == null) {
                    continue;
                }
                List<String> within = new ArrayList<>();
                for (String c : found) {
                    boolean fits = last.isEmpty() ? c.length() <= COUNTY
                            : last.stream().anyMatch(p -> c.startsWith(p) && c.length() > p.length());
                    if (fits) {
                        within.add(c);
                    }
                }
                if (!within.isEmpty()) {
                    next = end + len;
                    inside = within;
                }
            }
            if (next < 0) {
                return new Chain(end, last);
            }
            end = next;
            last = inside;
        }
    }

    /** The name of a division in the list, by its code. */
    String name(String code) {
        return names.get(code);
    }
}
