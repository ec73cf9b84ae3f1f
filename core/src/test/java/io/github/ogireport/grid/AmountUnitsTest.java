package io.github.ogireport.grid;

import io.github.ogireport.model.ActiveColumn;
import io.github.ogireport.model.CellKind;
import io.github.ogireport.model.CellValue;
import io.github.ogireport.model.Derivation;
import io.github.ogireport.model.Warning;
import io.github.ogireport.model.WarningCode;
import io.github.ogireport.text.MatchText;
import io.github.ogireport.text.Token;
import io.github.ogireport.text.ValueLexer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Amounts in 万元, converted exactly (FORMAT.md B1). */
class AmountUnitsTest {
    private static AmountUnits headers(String... texts) {
        List<Token> tokens = new ArrayList<>();
        for (String t : texts) {
            tokens.add(new Token(Token.Kind.TEXT, t, MatchText.of(t), null, 0));
        }
        return AmountUnits.of(tokens);
    }

    private static CellValue procurement(AmountUnits units, String printed, List<Warning> warnings) {
        return units.inWanYuan("active.procurement.totalAmount", ActiveColumn.TOTAL_AMOUNT, ValueLexer.read(printed),
                warnings);
    }

    @Test
    void yuanAreConvertedExactly() {
        AmountUnits none = headers("信息内容", "采购项目数量", "采购总金额");
        List<Warning> warnings = new ArrayList<>();
        for (String[] c : new String[][] {{"251000元", "25.1"}, {"7545元", "0.7545"}, {"100000元", "10"},
            {"1,234,567.89元", "123.456789"}, {"49800元", "4.98"}}) {
            CellValue v = procurement(none, c[0], warnings);
            assertEquals(c[1], v.value().toPlainString(), c[0]);
            assertEquals(c[0], v.raw());
            assertEquals("元", v.unit());
            assertEquals(Set.of(Derivation.UNIT_CONVERTED), v.how());
        }
        assertEquals(List.of(), warnings);
    }

    @Test
    void wanAndWanYuanAreAsPrinted() {
        AmountUnits none = headers("采购总金额");
        for (String printed : List.of("211.5万", "4.98万元", "5.2 万元")) {
            CellValue read = ValueLexer.read(printed);
            assertEquals(read, none.inWanYuan("k", ActiveColumn.TOTAL_AMOUNT, read, new ArrayList<>()), printed);
        }
    }

    @Test
    void aBareNumberTakesItsHeadersUnit() {
        assertEquals("元", headers("采购总金额（元）").headerUnit(ActiveColumn.TOTAL_AMOUNT));
        assertEquals("万元", headers("采购总金额(单位：万元)").headerUnit(ActiveColumn.TOTAL_AMOUNT));
        assertEquals("0.7545", procurement(headers("采购总", "金额（元）"), "7545", new ArrayList<>()).value()
                .toPlainString(), "a header split over two cells");
        // the 2021 template's own header names 万元, also where the document's header was not read
        assertEquals("万元", headers().headerUnit(ActiveColumn.AMOUNT_WAN_YUAN));
        assertEquals("元", headers("本年收费金额（单位：元）").headerUnit(ActiveColumn.AMOUNT_WAN_YUAN));
        assertNull(headers("采购总金额").headerUnit(ActiveColumn.TOTAL_AMOUNT));
    }

    @Test
    void anAmountOfUnknownUnitIsUndecidedAndZeroIsZero() {
        AmountUnits none = headers("采购总金额");
        List<Warning> warnings = new ArrayList<>();
        CellValue v = procurement(none, "799100", warnings);
        assertEquals(CellKind.UNDECIDED, v.kind());
        assertEquals("799100", v.raw());
        assertEquals(List.of("79.91", "799100"), v.candidates());
        assertEquals(1, warnings.size());
        assertEquals(WarningCode.AMOUNT_UNIT_UNKNOWN, warnings.get(0).code());
        assertEquals("active.procurement.totalAmount", warnings.get(0).where());
        CellValue zero = ValueLexer.read("0");
        assertSame(zero, procurement(none, "0", warnings));
        assertEquals(CellKind.UNDECIDED, procurement(none, "12件", warnings).kind(), "件 is no unit of money");
        assertEquals(2, warnings.size());
    }
}
