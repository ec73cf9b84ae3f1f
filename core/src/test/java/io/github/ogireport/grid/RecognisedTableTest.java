package io.github.ogireport.grid;

import io.github.ogireport.document.Block;
import io.github.ogireport.model.CellKind;
import io.github.ogireport.model.CellValue;
import io.github.ogireport.model.Derivation;
import io.github.ogireport.model.TemplateVersion;
import io.github.ogireport.model.WarningCode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Table rows of a page read by OCR: each a lattice row, read cell by cell with confidences. */
class RecognisedTableTest {
    @Test
    void aRowWhoseLabelWasReadAsNothingIsTheOneTemplateRowBetweenItsNeighbours() {
        // the clean scan of lo-docx-2021: the label 3.危及“三安全一稳定” was passed over by the recogniser, and its
        // seven 0s followed 2.其他法律行政法规禁止公开's row, fourteen values for seven cells
        List<Block> blocks = new ArrayList<>();
        blocks.add(row("", "(三)不予公开", "1.属于国家秘密", "0", "0", "0", "0", "0", "0", "0"));
        blocks.add(row("", "", "2.其他法律行政法规禁止公开", "1", "0", "0", "0", "0", "0", "1"));
        blocks.add(row("", "", "", "0", "0", "0", "0", "0", "0", "0"));
        blocks.add(row("", "", "4.保护第三方合法权益", "2", "0", "0", "0", "0", "0", "2"));
        int[] all = {0, blocks.size()};
        Tables t = TableBuilder.build(TemplateVersion.V2021, blocks, new int[] {0, 0}, all, new int[] {0, 0});
        assertEquals(1, t.cells().get("requests.deniedProhibitedByLaw.naturalPerson").value().intValue());
        assertEquals(1, t.cells().get("requests.deniedProhibitedByLaw.total").value().intValue());
        assertEquals(2, t.cells().get("requests.deniedThirdPartyRights.total").value().intValue());
        // the one row of the template between 2. and 4. is 3.危及“三安全一稳定”: placed there, and said so
        CellValue placed = t.cells().get("requests.deniedEndangersSafety.total");
        assertEquals(0, placed.value().intValue());
        assertTrue(placed.how().contains(Derivation.TORN_ROW) && placed.how().contains(Derivation.OCR), placed::toString);
        assertTrue(t.warnings().stream().anyMatch(w -> w.code() == WarningCode.RECOVERED_TORN_TABLE
                && w.message().contains("3.危及")), t.warnings()::toString);
    }

    @Test
    void aFirstRowOfAGroupWithOnlyTheGroupsLabelReadIsTheOneTemplateRowBetweenItsNeighbours() {
        // the clean scan of lo-html-2019: 1.属于国家秘密 passed over, the group's label read in its row
        List<Block> blocks = new ArrayList<>();
        blocks.add(row("", "(二)部分公开", "", "4", "1", "0", "0", "0", "0", "5"));
        blocks.add(row("", "(三)不予公开", "", "1", "0", "0", "0", "0", "0", "1"));
        blocks.add(row("", "", "2.其他法律行政法规禁止公开", "0", "0", "0", "0", "0", "0", "0"));
        int[] all = {0, blocks.size()};
        Tables t = TableBuilder.build(TemplateVersion.V2019, blocks, new int[] {0, 0}, all, new int[] {0, 0});
        assertEquals(1, t.cells().get("requests.deniedStateSecret.naturalPerson").value().intValue());
        assertEquals(1, t.cells().get("requests.deniedStateSecret.total").value().intValue());
        assertEquals(0, t.cells().get("requests.deniedStateSecret.otherOrg").value().intValue());
        assertTrue(t.cells().get("requests.deniedStateSecret.total").how().contains(Derivation.TORN_ROW));
        assertEquals(5, t.cells().get("requests.partiallyGranted.total").value().intValue());
    }

    @Test
    void aRowWhoseLabelWasNotReadAndWhoseRowIsNotDecidedIsKeptApart() {
        // between 2. and 5.: 3. or 4., not decided; its numbers are an extra row, and no cell of either is filled
        List<Block> blocks = new ArrayList<>();
        blocks.add(row("", "(三)不予公开", "2.其他法律行政法规禁止公开", "1", "0", "0", "0", "0", "0", "1"));
        blocks.add(row("", "", "", "0", "0", "0", "0", "0", "0", "0"));
        blocks.add(row("", "", "5.属于三类内部事务信息", "2", "0", "0", "0", "0", "0", "2"));
        int[] all = {0, blocks.size()};
        Tables t = TableBuilder.build(TemplateVersion.V2021, blocks, new int[] {0, 0}, all, new int[] {0, 0});
        assertEquals(1, t.cells().get("requests.deniedProhibitedByLaw.total").value().intValue());
        assertEquals(CellKind.MISSING, t.cells().get("requests.deniedEndangersSafety.total").kind());
        assertEquals(CellKind.MISSING, t.cells().get("requests.deniedThirdPartyRights.total").kind());
        assertTrue(t.warnings().stream().anyMatch(w -> w.code() == WarningCode.EXTRA_ROW
                && w.message().contains("label was not read")), t.warnings()::toString);
    }

    @Test
    void aTable二RowWhoseShortLabelWasMisreadIsTheRowBeforeTheNextWithItsColumns() {
        // the clean scan of lo-html-2019: 规章 read as 需音, under its group's header and before 规范性文件
        List<Block> blocks = new ArrayList<>();
        blocks.add(row("信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"));
        blocks.add(row("需音", "0", "0", "2"));
        blocks.add(row("规范性文件", "7", "6", "41"));
        blocks.add(row("信息内容", "上一年项目数量", "本年增/减", "处理决定数量"));
        blocks.add(row("行政许可", "118", "-3", "2467"));
        blocks.add(row("呈", "35", "4", "906"));
        blocks.add(row("行政处罚", "86", "0", "1352"));
        int[] all = {0, blocks.size()};
        Tables t = TableBuilder.build(TemplateVersion.V2019, blocks, all, new int[] {0, 0}, new int[] {0, 0});
        assertEquals(2, t.cells().get("active.rules.totalPublished").value().intValue());
        assertEquals(0, t.cells().get("active.rules.newlyMade").value().intValue());
        assertTrue(t.cells().get("active.rules.totalPublished").how().contains(Derivation.TORN_ROW));
        assertEquals(41, t.cells().get("active.normativeDocs.totalPublished").value().intValue());
        assertTrue(t.warnings().stream().anyMatch(w -> w.code() == WarningCode.RECOVERED_TORN_TABLE
                && w.message().contains("需音") && w.message().contains("“规章”")), t.warnings()::toString);
        // a one-character label is read as an unread value, not a label: that row is not placed
        assertEquals(CellKind.MISSING, t.cells().get("active.otherServices.decisions").kind());
    }

    @Test
    void aTable二RowWithAMisreadLabelIsNotPlacedWhereTheRowBeforeIsFoundOrTheColumnsDiffer() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(row("规章", "0", "0", "2"));
        blocks.add(row("需音", "7", "6", "41"));
        blocks.add(row("规范性文件", "7", "6", "41"));
        blocks.add(row("信息内容", "上一年项目数量", "本年增/减", "处理决定数量"));
        blocks.add(row("需音", "118", "-3", "2467"));
        blocks.add(row("行政许可", "118", "-3", "2467"));
        int[] all = {0, blocks.size()};
        Tables t = TableBuilder.build(TemplateVersion.V2019, blocks, all, new int[] {0, 0}, new int[] {0, 0});
        assertEquals(2, t.cells().get("active.rules.totalPublished").value().intValue());
        assertTrue(t.warnings().stream().noneMatch(w -> w.code() == WarningCode.RECOVERED_TORN_TABLE),
                t.warnings()::toString);
    }

    /** A table row read by OCR, every cell at 0.99. */
    private static Block row(String... cells) {
        List<Double> confidence = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            confidence.add(0.99);
        }
        return new Block(List.of(cells), true, Set.of(), confidence);
    }
}
