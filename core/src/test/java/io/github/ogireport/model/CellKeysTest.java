package io.github.ogireport.model;

import io.github.ogireport.TestData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The keys built from the row and column enums are exactly the contract's: docs/cell-keys.tsv, which is the project
 * specification's spec/cell-keys.tsv (compared where the specification is at hand, as on the developers' machines and
 * in CI).
 */
class CellKeysTest {
    /** Where the specification is, seen from the repository's folder (a worktree sits one folder deeper). */
    private static final List<Path> SPEC = List.of(Path.of("../shared/spec"), Path.of("../../shared/spec"));

    private static List<String[]> contract() throws IOException {
        return Files.readAllLines(TestData.CELL_KEYS, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")).toList();
    }

    private static Path spec() {
        Path found = SPEC.stream().filter(Files::isDirectory).findFirst().orElse(null);
        assumeTrue(found != null, "the specification is not beside the repository");
        return found;
    }

    @Test
    void theKeysInDocsAreTheSpecifications() throws IOException {
        assertEquals(Files.readAllLines(spec().resolve("cell-keys.tsv"), StandardCharsets.UTF_8),
                Files.readAllLines(TestData.CELL_KEYS, StandardCharsets.UTF_8),
                        "docs/cell-keys.tsv is a copy of spec/cell-keys.tsv");
    }

    /**
     * docs/FORMAT.md restates the specification's Part B in the project's words; the names it must not lose are the
     * contract's constants (statuses, kinds, derivations, warning codes, formats, rules) and its JSON fields.
     */
    @Test
    void theContractInDocsNamesWhatTheSpecificationsNames() throws IOException {
        String ours = partB(Files.readString(Path.of("docs/FORMAT.md"), StandardCharsets.UTF_8));
        String theirs = partB(Files.readString(spec().resolve("FORMAT.md"), StandardCharsets.UTF_8));
        Set<String> missing = new TreeSet<>(names(theirs));
        missing.removeAll(names(ours));
        assertEquals(Set.of(), missing, "names of the specification's Part B that docs/FORMAT.md lacks");
        assertTrue(names(ours).size() > 40, names(ours).toString());
    }

    private static String partB(String format) {
        int b = format.indexOf("## Part B");
        assertTrue(b >= 0, "a Part B");
        return format.substring(b);
    }

    /** Upper-case constants ({@code UNDECIDED}, {@code T3-A}) and quoted JSON field names ({@code "cellDetails"}). */
    private static Set<String> names(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("\\b[A-Z][A-Z0-9_]*[A-Z0-9](?:-[A-Z0-9/]+)?\\b|\"([a-zA-Z]+)\":").matcher(text);
        while (m.find()) {
            names.add(m.group(1) != null ? m.group(1) : m.group());
        }
        return names;
    }

    @Test
    void csvOrderIsTheContractOrder() throws IOException {
        assertEquals(contract().stream().map(r -> r[0]).toList(), CellKeys.csvOrder());
        assertEquals(226, CellKeys.csvOrder().size());
    }

    @Test
    void eachTemplateHasItsKeys() throws IOException {
        for (TemplateVersion t : List.of(TemplateVersion.V2019, TemplateVersion.V2021)) {
            List<String> want = contract().stream().filter(r -> List.of(r[1].split(",")).contains(t.label()))
                    .map(r -> r[0]).sorted().toList();
            // per template the JSON follows table order (2021 rows in place); only the CSV has the contract's order
            assertEquals(want, CellKeys.of(t).stream().sorted().toList(), t.label());
        }
        assertEquals(198, CellKeys.of(TemplateVersion.V2019).size());
        assertEquals(200, CellKeys.of(TemplateVersion.V2021).size());
    }

    @Test
    void positionIsWhereTheKeyIs() {
        for (TemplateVersion t : TemplateVersion.values()) {
            List<String> keys = CellKeys.of(t);
            for (int i = 0; i < keys.size(); i++) {
                assertEquals(i, CellKeys.position(t, keys.get(i)), keys.get(i));
            }
            for (String key : CellKeys.csvOrder()) {
                assertEquals(keys.contains(key), CellKeys.position(t, key) >= 0, key);
            }
            assertEquals(-1, CellKeys.position(t, "requests.nothing.total"));
        }
    }

    /** The table reader places a row's cells from its first cell's position on. */
    @Test
    void aRowsKeysAreNeighboursInColumnOrder() {
        for (TemplateVersion t : List.of(TemplateVersion.V2019, TemplateVersion.V2021)) {
            for (ActiveRow row : ActiveRow.values()) {
                List<ActiveColumn> columns = row.columns(t);
                for (int i = 0; i < columns.size(); i++) {
                    assertEquals(CellKeys.position(t, CellKeys.of(row, columns.get(0))) + i,
                            CellKeys.position(t, CellKeys.of(row, columns.get(i))));
                }
            }
            for (RequestRow row : RequestRow.of(t)) {
                int first = CellKeys.position(t, CellKeys.of(row, RequestColumn.values()[0]));
                for (RequestColumn c : RequestColumn.values()) {
                    assertEquals(first + c.ordinal(), CellKeys.position(t, CellKeys.of(row, c)));
                }
            }
            int first = CellKeys.position(t, CellKeys.of(ReviewGroup.values()[0], ReviewColumn.values()[0]));
            assertTrue(first >= 0);
            for (ReviewGroup g : ReviewGroup.values()) {
                for (ReviewColumn c : ReviewColumn.values()) {
                    assertEquals(first + g.ordinal() * ReviewColumn.values().length + c.ordinal(),
                            CellKeys.position(t, CellKeys.of(g, c)));
                }
            }
        }
    }
}
