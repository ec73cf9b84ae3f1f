package io.github.ogireport.text;

import io.github.ogireport.document.RecognisedLines;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecognisedPlaceNameTest {
    /** A title line as first read, a confidence per character, and the line's rereadings. */
    private static RecognisedLines line(String read, double[] confidences, String... rereadings) {
        List<String> characters = new ArrayList<>();
        List<Double> sure = new ArrayList<>();
        for (int i = 0; i < read.length(); i++) {
            characters.add(String.valueOf(read.charAt(i)));
            sure.add(confidences[i]);
        }
        RecognisedLines lines = new RecognisedLines();
        lines.add(characters, sure, List.of(rereadings));
        return RecognisedLines.decode(lines.encode());
    }

    /** The first line of the title of the clean scan of hongze-2023 and its rereadings at 18 to 36 pixels. */
    private static final String[] HONGZE_2023 = {"法泽区人民政府", "洪洋区人民牙府", "洪泽区人民政府", "洪泽区人民政府",
            "洪泽区人民政府", "洪洋区人民政府", "洪泽区人民政府"};

    @Test
    void aPlaceNameMostReadingsGiveAndTheListKnowsIsTheAgency() {
        // 法 read surely, 洋 not: the whole place name is read again, not only its unsure character
        RecognisedPlaceName.Decided d = RecognisedPlaceName.decide("法洋区人民政府",
                line("法洋区人民政府", new double[]{0.98, 0.88, 0.99, 0.99, 0.99, 0.99, 0.99}, HONGZE_2023));
        assertEquals("洪泽区人民政府", d.agency());
        assertTrue(d.how().contains("法泽 ×1, 洪泽 ×4, 洪洋 ×1") && d.how().contains("洪泽区 320813"), d.how());
    }

    @Test
    void anUnsureCharacterPastThePlacesStandsOnlyWhereEveryReadingGaveIt() {
        double[] sure = {0.99, 0.99, 0.99, 0.95, 0.56, 0.99, 0.85, 0.99, 0.99, 0.99};
        String[] hongze2024 = {"淮安市漆泽区人民政府", "淮安市洪泽区人民政府", "淮安市洪洋区人民政府", "淮安市洪泽区人民政府",
                "淮安市洪泽区人民政府", "淮安市潜泽区人民政府", "淮安市洪泽区人民政府"};
        assertEquals("淮安市洪泽区人民政府",
                RecognisedPlaceName.decide("淮安市洪详区人民政府", line("淮安市洪详区人民政府", sure, hongze2024)).agency());
        String[] oneOther = hongze2024.clone();
        oneOther[0] = "淮安市漆泽区入民政府";
        assertNull(RecognisedPlaceName.decide("淮安市洪详区人民政府", line("淮安市洪详区人民政府", sure, oneOther)),
                "人 is no place's: one reading of 入 leaves it undecided");
    }

    @Test
    void noDecisionWithoutAMajority() {
        double[] sure = {0.98, 0.88, 0.99, 0.99, 0.99, 0.99, 0.99};
        assertNull(RecognisedPlaceName.decide("法洋区人民政府", line("法洋区人民政府", sure,
                "洪泽区人民政府", "洪泽区人民政府", "洪洋区人民政府", "法洋区人民政府", "潜泽区人民政府", "洪泽区人民政府")),
                "3 of 6 is no majority");
    }

    @Test
    void noDecisionWhereTheMajorityNamesNoPlace() {
        // a signature's 岚山 was read 册山 at several sizes in a row: agreement alone is no proof
        double[] sure = {0.86, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99};
        assertNull(RecognisedPlaceName.decide("山山县人民政府", line("山山县人民政府", sure,
                "册山县人民政府", "册山县人民政府", "岚山县人民政府", "岚山县人民政府", "册山县人民政府")));
    }

    @Test
    void noDecisionWhereAnotherReadingNamesAPlaceToo() {
        // 风 and 凤 look alike, and 凤山县 (广西) is a county as real as 岚山区
        double[] sure = {0.86, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99};
        assertNull(RecognisedPlaceName.decide("风山县人民政府", line("风山县人民政府", sure,
                "岚山县人民政府", "岚山县人民政府", "岚山县人民政府", "凤山县人民政府", "岚山县人民政府")));
        assertNull(RecognisedPlaceName.decide("凤山县人民政府", line("凤山县人民政府", sure,
                "岚山县人民政府", "岚山县人民政府", "岚山县人民政府", "岚山县人民政府", "岚山县人民政府")),
                "the first reading names a place too");
        assertEquals("岚山县人民政府", RecognisedPlaceName.decide("风山县人民政府", line("风山县人民政府", sure,
                "岚山县人民政府", "岚山县人民政府", "岚山县人民政府", "网山县人民政府", "岚山县人民政府")).agency());
    }

    @Test
    void aPlaceMustLieInThePlaceNamedBeforeIt() {
        double[] sure = {0.99, 0.99, 0.99, 0.6, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99};
        // 岚山区 is in 日照市, not in 淮安市
        assertNull(RecognisedPlaceName.decide("淮安市山山区人民政府", line("淮安市山山区人民政府", sure,
                "淮安市岚山区人民政府", "淮安市岚山区人民政府", "淮安市岚山区人民政府")));
    }

    @Test
    void aTownIsNotInTheList() {
        double[] sure = {0.99, 0.99, 0.99, 0.7, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99};
        assertNull(RecognisedPlaceName.decide("示范县背山镇人民政府", line("示范县背山镇人民政府", sure,
                "示范县青山镇人民政府", "示范县青山镇人民政府", "示范县青山镇人民政府")));
    }

    @Test
    void aLineNeverReadAgainIsNotDecided() {
        RecognisedLines lines = new RecognisedLines();
        lines.add(List.of("法", "洋", "区"), List.of(0.98, 0.88, 0.99));
        assertNull(RecognisedPlaceName.decide("法洋区", lines));
    }
}
