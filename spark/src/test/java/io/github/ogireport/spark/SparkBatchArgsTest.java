package io.github.ogireport.spark;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SparkBatchArgsTest {

    @Test
    void readsBatchsOptions() throws SparkBatchArgs.UsageException {
        SparkBatchArgs a = SparkBatchArgs.parse("--out", "hdfs:///out", "a", "--from-list", "list.txt",
                "--timeout", "2.5", "--max-bytes", "1000", "--partitions", "40", "--overwrite", "s3a://b/c");
        assertEquals(List.of("a", "s3a://b/c"), a.paths());
        assertEquals("list.txt", a.fromList());
        assertEquals("hdfs:///out", a.out());
        assertEquals(new ParseOptions(1000, 2.5, 40), a.options());
        assertTrue(a.overwrite());
        assertEquals(ParseOptions.defaults(), SparkBatchArgs.parse("--out", "o", "--from-list", "l").options());
        assertEquals(io.github.ogireport.export.ReportJson.Details.ALL,
                SparkBatchArgs.parse("--out", "o", "--details", "all", "a").options().details());
    }

    @Test
    void refusesWhatCannotRun() {
        for (String[] args : List.of(new String[] {"a"}, new String[] {"--out", "o"}, new String[] {"--out"},
                new String[] {"--out", "o", "--timeout", "0", "a"}, new String[] {"--out", "o", "--max-bytes", "x", "a"},
                new String[] {"--out", "o", "--threads", "2", "a"}, new String[] {"--out", "o", "--details", "x", "a"})) {
            assertThrows(SparkBatchArgs.UsageException.class, () -> SparkBatchArgs.parse(args), String.join(" ", args));
        }
    }
}
