package io.github.ogireport.verify;

import io.github.ogireport.model.ReportTable;
import io.github.ogireport.model.Status;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How compared values add up to rates: grouping, tables, and which files count. */
class ExactMatchRatesTest {
    private static FileResult file(Verdict verdict, ComparedValue... values) {
        return new FileResult(Path.of("r.txt"), Path.of("r.expected.json"), verdict, Status.OK, List.of(values), null);
    }

    private static ComparedValue value(String field, boolean matched) {
        return new ComparedValue(field, "1", matched ? "1" : "2", matched);
    }

    @Test
    void fieldsCountOncePerReportAndCellsOncePerKey() {
        ExactMatchRates rates = ExactMatchRates.of(List.of(
                file(Verdict.MISMATCH, value("period.from", true), value("period.to", false),
                        value("cells.active.rules.newlyMade", true), value("cells.litigationDirect.total", false),
                        value("warningCodesInclude", true), value("warningCodesInclude", true)),
                file(Verdict.MATCH, value("period.from", true), value("cells.litigationDirect.total", true)),
                file(Verdict.UNREVIEWED, value("period.from", false), value("cells.adminReview.total", false))));

        assertEquals(new Rate(2, 1), rates.reports());
        assertEquals(new Rate(2, 1), rates.fields().get("period"));
        assertEquals(new Rate(1, 1), rates.fields().get("warningCodesInclude"));
        assertEquals(new Rate(2, 1), rates.cells().get("litigationDirect.total"));
        assertEquals(new Rate(1, 1), rates.tables().get(ReportTable.ACTIVE));
        assertEquals(new Rate(2, 1), rates.tables().get(ReportTable.REVIEW));
        assertEquals(new Rate(3, 2), rates.allCells());
        assertTrue(!rates.cells().containsKey("adminReview.total"), "unreviewed files are not counted");
    }

    @Test
    void cellKeysComeInContractOrder() {
        ExactMatchRates rates = ExactMatchRates.of(List.of(file(Verdict.MATCH, value("cells.adminReview.total", true),
                value("cells.requests.granted.total", true), value("cells.active.rules.newlyMade", true))));
        assertEquals(List.of("active.rules.newlyMade", "requests.granted.total", "adminReview.total"),
                List.copyOf(rates.cells().keySet()));
    }

    @Test
    void nothingComparedIsNotARateOfZero() {
        assertTrue(Double.isNaN(new Rate(0, 0).rate()));
        assertEquals(0.75, new Rate(4, 3).rate());
    }
}
