package io.github.ogireport.model;

import io.github.ogireport.ReportParser;
import io.github.ogireport.TestData;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Cells by key and by the typed accessors, on seed 002 (a 2019-template report; its values were checked by a person:
 * 8 requests received, 5 of them from natural persons, 4 granted, testdata/seeds/002_….expected.json).
 */
class AnnualReportTest {
    private static final AnnualReport SEED_002;

    static {
        try {
            SEED_002 = new ReportParser().parse(TestData.seed(2));
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Test
    void aKeyAndItsTypedAccessorGiveTheSameCell() {
        assertEquals(new BigDecimal(8), SEED_002.cell(RequestRow.NEW_RECEIVED, RequestColumn.TOTAL).value());
        assertEquals(new BigDecimal(5), SEED_002.cell("requests.newReceived.naturalPerson").value());
        assertEquals(new BigDecimal(4), SEED_002.cell("requests.granted.total").value());
        for (String key : CellKeys.of(TemplateVersion.V2019)) {
            assertSame(SEED_002.cells().get(key), SEED_002.cell(key), key);
        }
        for (ReviewGroup g : ReviewGroup.values()) {
            for (ReviewColumn c : ReviewColumn.values()) {
                assertSame(SEED_002.cell(CellKeys.of(g, c)), SEED_002.cell(g, c));
            }
        }
    }

    @Test
    void aMistypedKeyThrowsInsteadOfReadingAsMissing() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SEED_002.cell("requests.newRecieved.total"));
        assertTrue(e.getMessage().contains("requests.newRecieved.total"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SEED_002.cell("newReceived.total"));
        assertThrows(IllegalArgumentException.class, () -> SEED_002.cell(""));
        // on a FAILED report too: the key is wrong whatever the report holds
        AnnualReport failed = AnnualReport.failed("x.pdf", null, new ReportError(ErrorType.IO, "x.pdf: gone"), null);
        assertThrows(IllegalArgumentException.class, () -> failed.cell("active.rules.newlyMde"));
        assertEquals(CellKind.MISSING, failed.cell("active.rules.newlyMade").kind());
    }

    /** A key of the other template is a real key: the cell is missing from this report, not a typing error. */
    @Test
    void aCellOfTheOtherTemplateIsMissing() {
        assertEquals(CellKind.MISSING, SEED_002.cell("requests.otherReasons.total").kind());
        assertEquals(CellKind.MISSING, SEED_002.cell(RequestRow.OTHER_OVERDUE_FEE, RequestColumn.TOTAL).kind());
        assertEquals(CellKind.MISSING, SEED_002.cell(ActiveRow.RULES, ActiveColumn.ISSUED).kind());
        assertTrue(CellKeys.isKey("active.fees.amountWanYuan"));
    }

    @Test
    void itsListsAndCellsCannotBeChanged() {
        assertThrows(UnsupportedOperationException.class, () -> SEED_002.cells().put("requests.granted.total",
                CellValue.missing()));
        assertThrows(UnsupportedOperationException.class, () -> SEED_002.warnings().clear());
        assertThrows(UnsupportedOperationException.class, () -> SEED_002.sections().clear());
        assertThrows(UnsupportedOperationException.class, () -> SEED_002.checks().clear());
    }
}
