package io.github.ogireport.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DivisionsTest {
    private static Divisions.Chain chain(String text) {
        return Divisions.all().chain(text);
    }

    @Test
    void placesAtTheStartOfAnAgencyEachInTheOneBefore() {
        assertEquals(new Divisions.Chain(6, List.of("320813")), chain("淮安市洪泽区人民政府"));
        assertEquals(new Divisions.Chain(9, List.of("320813")), chain("江苏省淮安市洪泽区人民政府办公室"));
        assertEquals(new Divisions.Chain(6, List.of("320813")), chain("江苏省洪泽区财政局"), "the prefecture left out");
        assertEquals("洪泽区", Divisions.all().name("320813"));
    }

    @Test
    void aCountyIsKnownByItsFormerSuffixes() {
        // 洪泽县 became 洪泽区 in 2016; the seeds' 岚山县 is the list's 岚山区 (日照市)
        assertEquals(new Divisions.Chain(3, List.of("320813")), chain("洪泽县人民政府"));
        assertEquals(new Divisions.Chain(3, List.of("371103")), chain("岚山县人民政府"));
        assertEquals(0, chain("莒区人民政府").end(), "a one-character stem keeps its own suffix: 莒县");
        assertEquals(2, chain("莒县人民政府").end());
    }

    @Test
    void aPlaceNotInTheOneBeforeEndsTheChain() {
        // 淮安市 is the prefecture, or its 淮安区 under a former suffix
        assertEquals(new Divisions.Chain(3, List.of("3208", "320803")), chain("淮安市岚山区人民政府"));
        assertEquals(0, chain("法洋区人民政府").end());
        assertEquals(0, chain("示范县青山镇人民政府").end());
        assertEquals(0, chain("").end());
        assertEquals(3, chain("城口县岚天乡人民政府").end(), "townships come with the ocr module (TownshipNamesTest)");
    }

    @Test
    void aNameSeveralPlacesBearIsAllOfThem() {
        // Beijing's, Changchun's, and 朝阳县 (辽宁) should it have become a district
        assertEquals(List.of("110105", "211321", "220104"), chain("朝阳区人民政府").codes());
        assertEquals(List.of("110105"), chain("北京市朝阳区人民政府").codes());
    }
}
