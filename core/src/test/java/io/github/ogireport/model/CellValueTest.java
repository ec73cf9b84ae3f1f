package io.github.ogireport.model;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CellValueTest {
    @Test
    void aNumberIsAppendedAsItsPlainString() {
        for (String n : new String[] {"0", "7", "-5", "4.98", "0.50", "1E+3", "-2.5E+2", "999999999999999999",
                "1000000000000000000", "-123456789012345678901234567890", "1.000000000000000000001"}) {
            BigDecimal value = new BigDecimal(n);
            assertEquals(value.toPlainString(), number(value).appendPlainNumber(new StringBuilder()).toString(), n);
        }
    }

    @Test
    void aSmallWholeNumberFitsALong() {
        assertTrue(number(new BigDecimal("999999999999999999")).isSmallWholeNumber()); // 18 digits
        assertTrue(number(new BigDecimal("1E+3")).isSmallWholeNumber());
        assertFalse(number(new BigDecimal("1000000000000000000")).isSmallWholeNumber()); // 19 digits
        assertFalse(number(new BigDecimal("1E+18")).isSmallWholeNumber());
        assertFalse(number(new BigDecimal("4.98")).isSmallWholeNumber());
        assertFalse(CellValue.empty().isSmallWholeNumber());
    }

    private static CellValue number(BigDecimal value) {
        return CellValue.number(value, value.toPlainString(), null);
    }
}
