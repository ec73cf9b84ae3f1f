package io.github.ogireport.model;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cells by position behave as the ordered map of the same keys and values that they replace. */
class TemplateCellsTest {
    private static CellValue[] values(TemplateVersion t) {
        CellValue[] values = new CellValue[CellKeys.of(t).size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = i % 3 == 0 ? CellValue.missing() : i % 3 == 1 ? CellValue.empty()
                    : CellValue.number(BigDecimal.valueOf(i), Integer.toString(i), null);
        }
        return values;
    }

    @Test
    void isTheOrderedMapOfItsKeys() {
        for (TemplateVersion t : List.of(TemplateVersion.V2019, TemplateVersion.V2021)) {
            CellValue[] values = values(t);
            TemplateCells cells = TemplateCells.of(t, values);
            Map<String, CellValue> map = new LinkedHashMap<>();
            for (int i = 0; i < values.length; i++) {
                map.put(CellKeys.of(t).get(i), values[i]);
            }
            assertEquals(map, cells);
            assertEquals(cells, map);
            assertEquals(map.hashCode(), cells.hashCode());
            assertEquals(map.toString(), cells.toString());
            assertEquals(new ArrayList<>(map.keySet()), new ArrayList<>(cells.keySet()));
            assertEquals(new ArrayList<>(map.values()), new ArrayList<>(cells.values()));
            List<String> visited = new ArrayList<>();
            cells.forEach((k, v) -> {
                visited.add(k);
                assertSame(map.get(k), v);
            });
            assertEquals(CellKeys.of(t), visited);
            for (String key : CellKeys.csvOrder()) {
                assertEquals(map.get(key), cells.get(key), key);
                assertEquals(map.containsKey(key), cells.containsKey(key), key);
            }
            assertNull(cells.get(42));
            assertFalse(cells.containsKey(null));
            assertSame(values[5], cells.at(5));
            assertEquals(t, cells.template());
        }
    }

    @Test
    void isImmutable() {
        CellValue[] values = values(TemplateVersion.V2019);
        TemplateCells cells = TemplateCells.of(TemplateVersion.V2019, values);
        values[0] = CellValue.empty();
        assertSame(CellValue.missing(), cells.at(0), "the array is copied");
        assertThrows(UnsupportedOperationException.class, () -> cells.put("x", CellValue.empty()));
        assertThrows(UnsupportedOperationException.class, () -> cells.entrySet().iterator().next().setValue(null));
        assertThrows(IllegalArgumentException.class, () -> TemplateCells.of(TemplateVersion.V2021, values));
    }

    @Test
    void aReportKeepsThemAsTheyAre() {
        TemplateCells cells = TemplateCells.of(TemplateVersion.V2019, values(TemplateVersion.V2019));
        AnnualReport r = new AnnualReport("f", Status.OK, Format.TEXT, TemplateVersion.V2019, null, null, null, null,
                null, List.of(), cells, List.of(), List.of(), List.of(), null, null);
        assertSame(cells, r.cells());
        assertTrue(r.cell(RequestRow.GRANTED, RequestColumn.TOTAL) != null);
    }
}
