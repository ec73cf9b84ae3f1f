package io.github.ogireport.extract.word;

import io.github.ogireport.TestData;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes the fixture {@code testdata/word/lushui2020-wps.docx} with POI: a report whose tables are written the way
 * WPS writes them — horizontal merges as {@code hMerge} restart/continue cells instead of {@code gridSpan}, rows
 * that start later ({@code gridBefore}) or end early ({@code gridAfter}) — together with the places text hides
 * in a .docx: the title in a content control, the publication date in a text box (DrawingML with a VML
 * fallback), a value in a cell-level and one in a run-level content control, a tracked deletion, a hyperlink
 * field, and a header and footer with page numbers that must stay out of the body.
 *
 * <p>The report is constructed (示范县 is no real county); its values are listed in
 * {@code lushui2020-wps.expected.json}. Run {@code main} to write the file again; the tests only read it.
 */
final class WpsStyleReport {
    private static final String NAMESPACES = " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
            + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
            + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
            + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
            + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
            + " xmlns:v=\"urn:schemas-microsoft-com:vml\"";

    private WpsStyleReport() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : TestData.of("word/lushui2020-wps.docx").toString());
        try (XWPFDocument doc = build(); OutputStream os = Files.newOutputStream(out)) {
            doc.write(os);
        }
        System.out.println("wrote " + out);
    }

    static XWPFDocument build() throws IOException {
        XWPFDocument doc = new XWPFDocument();
        try {
            // the body element's content becomes the document body (not a body inside the body)
            doc.getDocument().setBody(CTBody.Factory.parse("<w:body" + NAMESPACES + ">" + body() + "</w:body>",
                    new XmlOptions().setLoadReplaceDocumentElement(null)));
        } catch (org.apache.xmlbeans.XmlException e) {
            throw new IOException("the fixture's body XML does not parse", e);
        }
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        header.createParagraph().createRun().setText("示范县绿水乡人民政府 政务公开");
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.createRun().setText("第 ");
        p.getCTP().addNewFldSimple().setInstr(" PAGE ");
        p.createRun().setText(" 页");
        return doc;
    }

    private static String body() {
        StringBuilder b = new StringBuilder();
        // the title in a block-level content control (as a template's title field)
        b.append("<w:sdt><w:sdtPr><w:alias w:val=\"标题\"/></w:sdtPr><w:sdtContent>")
                .append(p("示范县绿水乡人民政府2020年政府信息公开工作年度报告")).append("</w:sdtContent></w:sdt>");
        b.append(textBoxParagraph("发布日期：2021-01-25"));
        b.append("<w:p>").append(r("本报告所列数据的统计期限自2020年1月1日起至2020年12月31日止。电子版见"))
                .append("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>")
                .append("<w:r><w:instrText xml:space=\"preserve\"> HYPERLINK \"http://www.example.gov.cn/2020\" </w:instrText></w:r>")
                .append("<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>").append(r("示范县人民政府门户网站"))
                .append("<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>").append(r("。")).append("</w:p>");
        b.append(p("一、总体情况"));
        // a tracked change: 9 deleted, 8 inserted; only 8 is the text
        b.append("<w:p>").append(r("2020年，绿水乡人民政府扎实推进政府信息公开工作，全年共收到政府信息公开申请"))
                .append("<w:del w:id=\"1\" w:author=\"a\"><w:r><w:delText>9</w:delText></w:r></w:del>")
                .append("<w:ins w:id=\"2\" w:author=\"a\">").append(r("8")).append("</w:ins>").append(r("件，均按时答复。"))
                .append("</w:p>");
        b.append(p("二、主动公开政府信息情况"));
        b.append(activeTable());
        b.append(p("三、收到和处理政府信息公开申请情况"));
        b.append(requestsTable());
        b.append(p("四、政府信息公开行政复议、行政诉讼情况"));
        b.append(reviewTable());
        b.append(p("五、存在的主要问题及改进情况"));
        b.append(p("公开内容还不够全面。下一步，我乡将进一步规范公开流程，提升公开质量。"));
        b.append(p("六、其他需要报告的事项"));
        b.append(p("无。"));
        b.append(p("示范县绿水乡人民政府"));
        b.append("<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr>");
        return b.toString();
    }

    private static String activeTable() {
        List<String> rows = new ArrayList<>();
        for (String[] block : new String[][] {
                {"第二十条第（一）项", "信息内容|本年新\n制作数量|本年新公开数量|对外公开总数量", "规章|0|0|0", "规范性文件|2|2|9"},
                {"第二十条第（五）项", "信息内容|上一年项目数量|本年增/减|处理决定数量", "行政许可|6|+2|31", "其他对外管理服务事项|14|-1|57"},
                {"第二十条第（六）项", "信息内容|上一年项目数量|本年增/减|处理决定数量", "行政处罚|3|0|11", "行政强制|1|0|2"}}) {
            rows.add(tr("", hMergedCells(block[0], 4)));
            for (int i = 1; i < block.length; i++) {
                rows.add(tr("", plainCells(block[i])));
            }
        }
        // rows with a cell fewer than the grid: WPS ends them early with gridAfter
        rows.add(tr("", hMergedCells("第二十条第（八）项", 4)));
        rows.add(tr(gridAfter(1), plainCells("信息内容|上一年项目数量|本年增/减")));
        rows.add(tr(gridAfter(1), plainCells("行政事业性收费|4|-1")));
        rows.add(tr("", hMergedCells("第二十条第（九）项", 4)));
        rows.add(tr(gridAfter(1), plainCells("信息内容|采购项目数量|采购总金额")));
        rows.add(tr(gridAfter(1), plainCells("政府集中采购|3|5.2 万元")));
        return tbl(4, rows);
    }

    private static String requestsTable() {
        List<String> rows = new ArrayList<>();
        String corner = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
        // the 3×3 corner: three cells merged across by hMerge, each merged down by vMerge
        rows.add(tr("", tc(corner, "<w:hMerge w:val=\"restart\"/><w:vMerge w:val=\"restart\"/>")
                + tc("", "<w:hMerge/><w:vMerge w:val=\"restart\"/>") + tc("", "<w:hMerge/><w:vMerge w:val=\"restart\"/>")
                + hMergedCells("申请人情况", 7)));
        String cornerBelow = tc("", "<w:hMerge w:val=\"restart\"/><w:vMerge/>") + tc("", "<w:hMerge/><w:vMerge/>")
                + tc("", "<w:hMerge/><w:vMerge/>");
        rows.add(tr("", cornerBelow + tc("自然人", "<w:vMerge w:val=\"restart\"/>") + hMergedCells("法人或其他组织", 5)
                + tc("总计", "<w:vMerge w:val=\"restart\"/>")));
        rows.add(tr("", cornerBelow + tc("", "<w:vMerge/>") + plainCells("商业企业|科研机构|社会公益组织|法律服务机构|其他")
                + tc("", "<w:vMerge/>")));
        // 6 and 4 sit in a run-level and a cell-level content control
        rows.add(tr("", labelAcrossThree("一、本年新收政府信息公开申请数量") + tc(runSdt("6"), "") + plainCells("1|0|1|0|0|8")));
        rows.add(tr("", labelAcrossThree("二、上年结转政府信息公开申请数量") + plainCells("1|0|0|0|0|0|1")));
        // the group label stands alone in its first row; the rows under it start one grid column later
        rows.add(tr("", tc("三、本年度办理结果", "") + tc("（一）予以公开", span(2)) + plainCells("3|1|0|0|0|0")
                + "<w:sdt><w:sdtPr><w:tag w:val=\"total\"/></w:sdtPr><w:sdtContent>" + tc("4", "") + "</w:sdtContent></w:sdt>"));
        rows.add(tr(gridBefore(1), tc("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", span(2)) + plainCells("1|0|0|0|0|0|1")));
        String[][] groups = {
                {"（三）\n不予\n公开", "1.属于国家秘密|0|0|0|0|0|0|0", "2.其他法律行政法规禁止公开|0|0|0|0|0|0|0",
                        "3.危及“三安全一稳定”|0|0|0|0|0|0|0", "4.保护第三方合法权益|0|0|0|1|0|0|1",
                        "5.属于三类内部事务信息|0|0|0|0|0|0|0", "6.属于四类过程性信息|0|0|0|0|0|0|0",
                        "7.属于行政执法案卷|0|0|0|0|0|0|0", "8.属于行政查询事项|0|0|0|0|0|0|0"},
                {"（四）无法提供", "1.本机关不掌握相关政府信息|1|0|0|0|0|0|1", "2.没有现成信息需要另行制作|0|0|0|0|0|0|0",
                        "3.补正后申请内容仍不明确|0|0|0|0|0|0|0"},
                {"（五）不予处理", "1.信访举报投诉类申请|0|0|0|0|0|0|0", "2.重复申请|1|0|0|0|0|0|1",
                        "3.要求提供公开出版物|0|0|0|0|0|0|0", "4.无正当理由大量反复申请|0|0|0|0|0|0|0",
                        "5.要求行政机关确认或重新出具已获取信息|0|0|0|0|0|0|0"}};
        for (String[] g : groups) {
            for (int i = 1; i < g.length; i++) {
                String group = i == 1 ? tc(g[0], "<w:vMerge w:val=\"restart\"/>") : tc("", "<w:vMerge/>");
                rows.add(tr(gridBefore(1), group + plainCells(g[i])));
            }
        }
        rows.add(tr(gridBefore(1), tc("（六）其他处理", span(2)) + plainCells("0|0|0|0|0|0|0")));
        rows.add(tr(gridBefore(1), tc("（七）总计", span(2)) + plainCells("6|1|0|1|0|0|8")));
        rows.add(tr("", labelAcrossThree("四、结转下年度继续办理") + plainCells("1|0|0|0|0|0|1")));
        return tbl(10, rows);
    }

    private static String reviewTable() {
        List<String> rows = new ArrayList<>();
        rows.add(tr("", hMergedCells("行政复议", 5) + tc("行政诉讼", span(10))));
        StringBuilder second = new StringBuilder();
        for (String h : new String[] {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"}) {
            second.append(tc(h, "<w:vMerge w:val=\"restart\"/>"));
        }
        rows.add(tr("", second + hMergedCells("未经复议直接起诉", 5) + tc("复议后起诉", span(5))));
        rows.add(tr("", tc("", "<w:vMerge/>").repeat(5)
                + plainCells("结果维持|结果纠正|其他结果|尚未审结|总计|结果维持|结果纠正|其他结果|尚未审结|总计")));
        // the five 行政复议 cells are left blank
        rows.add(tr("", plainCells("||||") + plainCells("0|0|0|1|1|0|0|0|0|0")));
        return tbl(15, rows);
    }

    /** A label over three grid columns, WPS style (the last continuation written with its explicit value). */
    private static String labelAcrossThree(String label) {
        return tc(label, "<w:hMerge w:val=\"restart\"/>") + tc("", "<w:hMerge/>") + tc("", "<w:hMerge w:val=\"continue\"/>");
    }

    private static String hMergedCells(String text, int n) {
        return tc(text, "<w:hMerge w:val=\"restart\"/>") + tc("", "<w:hMerge/>").repeat(n - 1);
    }

    private static String plainCells(String cells) {
        StringBuilder b = new StringBuilder();
        for (String c : cells.split("\\|", -1)) {
            b.append(tc(c, ""));
        }
        return b.toString();
    }

    private static String span(int n) {
        return "<w:gridSpan w:val=\"" + n + "\"/>";
    }

    private static String gridBefore(int n) {
        return "<w:gridBefore w:val=\"" + n + "\"/><w:wBefore w:w=\"" + 700 * n + "\" w:type=\"dxa\"/>";
    }

    private static String gridAfter(int n) {
        return "<w:gridAfter w:val=\"" + n + "\"/><w:wAfter w:w=\"" + 700 * n + "\" w:type=\"dxa\"/>";
    }

    private static String tbl(int columns, List<String> rows) {
        StringBuilder b = new StringBuilder("<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid>");
        b.append("<w:gridCol w:w=\"700\"/>".repeat(columns)).append("</w:tblGrid>");
        rows.forEach(b::append);
        return b.append("</w:tbl>").toString();
    }

    private static String tr(String trPr, String cells) {
        return "<w:tr>" + (trPr.isEmpty() ? "" : "<w:trPr>" + trPr + "</w:trPr>") + cells + "</w:tr>";
    }

    /** A cell; text with line breaks becomes one paragraph per line, as typed with Enter in a cell. */
    private static String tc(String text, String tcPr) {
        StringBuilder b = new StringBuilder("<w:tc><w:tcPr><w:tcW w:w=\"700\" w:type=\"dxa\"/>").append(tcPr).append("</w:tcPr>");
        if (text.startsWith("<w:")) {
            b.append("<w:p>").append(text).append("</w:p>");
        } else {
            for (String line : text.split("\n", -1)) {
                b.append(p(line));
            }
        }
        return b.append("</w:tc>").toString();
    }

    private static String runSdt(String text) {
        return "<w:sdt><w:sdtPr><w:tag w:val=\"n\"/></w:sdtPr><w:sdtContent>" + r(text) + "</w:sdtContent></w:sdt>";
    }

    /** An empty paragraph anchoring a floating text box: DrawingML for new readers, VML as the fallback. */
    private static String textBoxParagraph(String text) {
        String content = "<w:txbxContent>" + p(text) + "</w:txbxContent>";
        return "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>"
                + "<wp:anchor distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" simplePos=\"0\" relativeHeight=\"1\""
                + " behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\"><wp:simplePos x=\"0\" y=\"0\"/>"
                + "<wp:positionH relativeFrom=\"column\"><wp:posOffset>0</wp:posOffset></wp:positionH>"
                + "<wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>0</wp:posOffset></wp:positionV>"
                + "<wp:extent cx=\"2000000\" cy=\"300000\"/><wp:wrapTopAndBottom/><wp:docPr id=\"1\" name=\"文本框 1\"/>"
                + "<a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">"
                + "<wps:wsp><wps:cNvSpPr txBox=\"1\"/><wps:spPr/><wps:txbx>" + content + "</wps:txbx><wps:bodyPr/></wps:wsp>"
                + "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
                + "<mc:Fallback><w:pict><v:shape style=\"width:160pt;height:24pt\"><v:textbox>" + content
                + "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>";
    }

    private static String p(String text) {
        return "<w:p>" + (text.isEmpty() ? "" : r(text)) + "</w:p>";
    }

    private static String r(String text) {
        return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
    }
}
