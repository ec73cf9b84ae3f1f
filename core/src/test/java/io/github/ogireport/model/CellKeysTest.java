package io.github.ogireport.model;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The keys built from the row and column enums are exactly the contract's (a copy of spec/cell-keys.tsv). */
class CellKeysTest {
    private static List<String[]> contract() throws IOException {
        return Files.readAllLines(Path.of("testdata/contract/cell-keys.tsv"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")).toList();
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
