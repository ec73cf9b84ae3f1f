package io.github.ogireport.extract.image;

import io.github.ogireport.extract.ocr.OcrWord;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Misreadings Tesseract's chi_sim model gave on the scans of the OCR bench. */
class PrintedLabelsTest {
    @Test
    void aLabelOneCharacterOffIsReadAsTheLabel() {
        assertEquals("1.本机关不掌握相关政府信息", corrected("1.本机关税掌握相关政府信息"));
        assertEquals("3 .补正后申请内容仍不明确", corrected("3 .补正后申请内容仍不明砚"));
        assertEquals("社会公益组织", corrected("社会公花组织"));
        // four characters, one off: read so on the clean scan of hongze-2024, where 行政许可 and 行政强制 are two off
        assertEquals("行政处罚", corrected("行政处痢"));
    }

    @Test
    void whatIsNotCloseToExactlyOneLabelIsLeftAsRead() {
        // one character off two labels (结果维持, 结果纠正 are two off each other): which one is not known
        assertEquals("结果纠持", corrected("结果纠持"));
        // two characters off in five: too far
        assertEquals("行政处理机", corrected("行政处理机"));
        // characters lost: not a one-for-one misreading
        assertEquals("3.补正后申请内容仍不", corrected("3.补正后申请内容仍不"));
        // the group labels and free text are no table labels
        assertEquals("三、本年度办理结果", corrected("三、本年度办理结果"));
    }

    @Test
    void anItemNumberWithABracketLostOrOutOfPlaceIsPutAsPrinted() {
        assertEquals("(七)总计", corrected("七)总计"));
        assertEquals("(七)总计", corrected("( )七总计"));
        assertEquals("(六)其他处理", corrected("(六其他处理"));
        // as printed, or no bracket to say it is an item number, or no label after it
        assertEquals("(七)总计", corrected("(七)总计"));
        assertEquals("（七）总计", corrected("（七）总计"));
        assertEquals("七总计", corrected("七总计"));
        assertEquals("三、本年度办理结果", corrected("三、本年度办理结果"));
        assertEquals("七)", corrected("七)"));
    }

    @Test
    void aMarkReadInsideALabelPrintedWithoutMarksIsLeftOut() {
        // the degraded scan of lo-docx-2021: 行政事业性收费 wrapped over two lines, a speck between them read as ，
        assertEquals("行政事业性收费", corrected("行政事业性收，费"));
        assertEquals("行政处罚", corrected("行政.处罚"));
        // a label printed with marks keeps them, and marks around a label are not inside it
        assertEquals("(二)部分公开(区分处理的，只计这一情形，不计其他情形)",
                corrected("(二)部分公开(区分处理的，只计这一情形，不计其他情形)"));
        assertEquals("行政处罚:", corrected("行政处罚:"));
        // nor are they left out of text that is no label
        assertEquals("收，费", corrected("收，费"));
    }

    @Test
    void aTitleWordReadWrongAndUnconfirmedIsTheTemplatesWord() {
        // the clean scan of lo-word-qingshan-2022: 信 read 倍 (0.95), and the second reading gave 信
        List<String> line = pieces("2022年政府倍息公开工作年度报告");
        List<Double> sure = new ArrayList<>(java.util.Collections.nCopies(line.size(), 0.99));
        sure.set(7, 0.0);
        assertEquals(new PrintedLabels.TitleWord(7, "信"), PrintedLabels.titleWordMisread(line, sure));
        // read surely, two characters off, or the words as printed: left as read
        assertEquals(null, PrintedLabels.titleWordMisread(line, java.util.Collections.nCopies(line.size(), 0.99)));
        List<String> two = pieces("2022年政府倍息公开工作年度报吿");
        List<Double> unsure = java.util.Collections.nCopies(two.size(), 0.5);
        assertEquals(null, PrintedLabels.titleWordMisread(two, unsure));
        assertEquals(null, PrintedLabels.titleWordMisread(pieces("2022年政府信息公开工作年度报告"), unsure));
        // a digit read for a character is not put right: it may be the year's
        assertEquals(null, PrintedLabels.titleWordMisread(pieces("政府信息公开工作年度报3"), unsure.subList(0, 12)));
    }

    private static List<String> pieces(String s) {
        return s.codePoints().mapToObj(Character::toString).toList();
    }

    private static String corrected(String read) {
        List<OcrWord> cell = new ArrayList<>();
        for (int i = 0; i < read.length(); i++) {
            cell.add(new OcrWord(read.substring(i, i + 1), 10 * i, 0, 10 * i + 9, 20, 0.9));
        }
        StringBuilder b = new StringBuilder();
        PrintedLabels.correct(cell).forEach(w -> b.append(w.text()));
        return b.toString();
    }
}
