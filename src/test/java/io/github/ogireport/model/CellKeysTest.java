package io.github.ogireport.model;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
