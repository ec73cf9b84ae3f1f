package io.github.ogireport.extract.charset;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextDecoderTest {
    private static final String REPORT = "霍邱县龙潭镇2020年政府信息公开工作年度报告\n一、总体情况\n2020年，我镇累计主动公开政府信息1374条。"
            + "镇长史传俊，副镇长韩皓月。二、主动公开政府信息情况\n规范性文件\t3\t3\t21\n";

    @Test
    void utf8WithoutBom() {
        DecodedText d = TextDecoder.decode(REPORT.getBytes(StandardCharsets.UTF_8));
        assertEquals(REPORT, d.text());
        assertEquals("UTF-8", d.charset());
    }

    @Test
    void utf8Bom() {
        byte[] body = REPORT.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        DecodedText d = TextDecoder.decode(bytes);
        assertEquals(REPORT, d.text());
        assertEquals("BOM", d.reason());
    }

    @Test
    void gb18030WithGbkOnlyCharacters() {
        String text = REPORT + "朱镕基 张喆 王堃\n";
        DecodedText d = TextDecoder.decode(text.getBytes(Charset.forName("GB18030")));
        assertEquals(text, d.text());
        assertEquals("GB18030", d.charset());
    }

    @Test
    void utf16WithAndWithoutBom() {
        assertEquals(REPORT, TextDecoder.decode(REPORT.getBytes(StandardCharsets.UTF_16)).text());
        DecodedText le = TextDecoder.decode(REPORT.getBytes(StandardCharsets.UTF_16LE));
        assertEquals(REPORT, le.text());
        assertEquals("UTF-16LE", le.charset());
    }

    @Test
    void big5TraditionalChinese() {
        String text = "某某縣政府資訊公開年報\n一、總體情況\n本年度主動公開政府資訊一千三百件，受理申請案件十五件，均依法處理完畢。"
                + "二、主動公開政府資訊情況\n三、收到和處理政府資訊公開申請情況\n";
        DecodedText d = TextDecoder.decode(text.getBytes(Charset.forName("Big5")));
        assertEquals(text, d.text());
    }

    /** A U+FFFD the text holds is text; one standing for bytes that do not decode means another charset. */
    @Test
    void aReplacementCharacterInTheTextIsNotADecodingError() {
        String text = "一、总体情况\uFFFD";
        DecodedText valid = TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8), "utf-8");
        assertEquals(text, valid.text());
        assertEquals("declared utf-8", valid.reason());
        DecodedText gbk = TextDecoder.decode(text.getBytes(Charset.forName("GB18030")), "utf-8");
        assertEquals(text, gbk.text());
        assertEquals("GB18030", gbk.charset());
        assertEquals("detected from byte statistics", gbk.reason());
    }

    @Test
    void gbkNamesAreReadAsGb18030() {
        assertEquals(Charset.forName("GB18030"), TextDecoder.forName("gb2312"));
        assertEquals(Charset.forName("GB18030"), TextDecoder.forName("GBK"));
        assertEquals(Charset.forName("GB18030"), TextDecoder.forName("x-gbk"));
    }
}
