package io.github.ogireport.ocr;

import io.github.ogireport.document.RecognisedLines;
import io.github.ogireport.text.RecognisedPlaceName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With this module on the class path the list of divisions holds townships: a township's name is decided too. */
class TownshipNamesTest {
    /** A title line as first read with its unsure characters, and its rereadings. */
    private static RecognisedLines line(String read, String unsure, String... rereadings) {
        List<String> characters = new ArrayList<>();
        List<Double> sure = new ArrayList<>();
        for (int i = 0; i < read.length(); i++) {
            characters.add(String.valueOf(read.charAt(i)));
            sure.add(unsure.indexOf(read.charAt(i)) >= 0 ? 0.7 : 0.99);
        }
        RecognisedLines lines = new RecognisedLines();
        lines.add(characters, sure, List.of(rereadings));
        return lines;
    }

    @Test
    void aTownshipInsideItsCountyIsDecided() {
        // the seed-like page of 城口县岚天乡 (重庆), its 天 read 夭
        RecognisedPlaceName.Decided d = RecognisedPlaceName.decide("城口县岚夭乡人民政府", line("城口县岚夭乡人民政府", "夭",
                "城口县岚天乡人民政府", "城口县岚天乡人民政府", "城口县岚夭乡人民政府", "城口县岚天乡人民政府"));
        assertEquals("城口县岚天乡人民政府", d.agency());
        assertTrue(d.how().contains("岚天乡 500229219"), d.how());
    }

    @Test
    void aTownshipAloneOrOutsideItsCountyIsNot() {
        assertNull(RecognisedPlaceName.decide("岚夭乡人民政府", line("岚夭乡人民政府", "夭",
                "岚天乡人民政府", "岚天乡人民政府", "岚天乡人民政府")), "many townships share a name");
        // 龙潭镇 is in 霍邱县 (安徽), not in 城口县
        assertNull(RecognisedPlaceName.decide("城口县龙谭镇人民政府", line("城口县龙谭镇人民政府", "谭",
                "城口县龙潭镇人民政府", "城口县龙潭镇人民政府", "城口县龙潭镇人民政府")));
        assertEquals("霍邱县龙潭镇", RecognisedPlaceName.decide("霍邱县龙谭镇", line("霍邱县龙谭镇", "谭",
                "霍邱县龙潭镇", "霍邱县龙潭镇", "霍邱县龙潭镇")).agency());
    }
}
