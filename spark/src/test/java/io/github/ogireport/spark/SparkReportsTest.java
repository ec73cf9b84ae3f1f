package io.github.ogireport.spark;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.ErrorType;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SparkReportsTest {
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = LocalSpark.get();
    }

    @Test
    void everyTestdataFileGivesTheSameCellsAsBatch() {
        BatchOutput batch = BatchOutput.ofTestdata();
        Dataset<Row> reports = SparkReports.parse(spark, List.of(BatchOutput.TESTDATA.toString()));
        assertEquals(SparkReports.schema(), reports.schema());
        List<Row> rows = reports.collectAsList();

        assertTrue(rows.size() >= 30, "the whole testdata folder: " + rows.size() + " rows");
        assertEquals(batch.csv().size(), rows.size());
        assertEquals(List.of(), SameAsBatch.differences(rows, batch));
        // the testdata holds every status: the comparison covered failures and non-reports too
        assertEquals(Map.of("OK", true, "PARTIAL", true, "FAILED", true, "NOT_A_REPORT", true),
                rows.stream().collect(Collectors.toMap(r -> r.<String>getAs("status"), r -> true, (a, b) -> a)));
        // listed as batch lists them, and in that order
        assertEquals(List.copyOf(batch.jsonByFile().keySet()), rows.stream().map(r -> r.<String>getAs("file")).toList());
    }

    @Test
    void aManifestListsFilesAndFoldersAndAMissingPathBecomesAFailedRow(@TempDir Path tmp) throws IOException {
        String seeds = BatchOutput.TESTDATA.resolve("seeds").toString();
        String pdf = BatchOutput.TESTDATA.resolve("pdf/lo-docx-2021.pdf").toString();
        String missing = tmp.resolve("no-such-report.pdf").toString();
        Path manifest = tmp.resolve("manifest.txt");
        Files.writeString(manifest, "# reports to convert\n" + seeds + "\n\n  " + pdf + "  \n" + missing + "\n",
                StandardCharsets.UTF_8);

        List<Row> rows = SparkReports.parseManifest(spark, manifest.toString()).collectAsList();

        // batch over the whole testdata names these files the same way: a folder's files under the folder's path
        List<Row> found = rows.stream().filter(r -> !missing.equals(r.getAs("file"))).toList();
        assertEquals(6, found.size());
        assertEquals(List.of(), SameAsBatch.differencesOfSubset(found, BatchOutput.ofTestdata()));
        Row failed = rows.get(rows.size() - 1);
        assertEquals(missing, failed.getAs("file"));
        assertEquals("FAILED", failed.getAs("status"));
        assertTrue(failed.<String>getAs("json").contains("\"type\":\"IO\""), failed.<String>getAs("json"));
    }

    @Test
    void aZipArchiveIsReadMemberByMemberAsBatchReadsIt(@TempDir Path tmp) throws IOException {
        Path zip = TestArchives.write(tmp.resolve("collected reports.zip"), "seeds/002_4aa25779e377b147.txt",
                "seeds/002_4aa25779e377b147.expected.json", "word/", "word/gaoping2019-docx.docx",
                "word/gaoping2019-doc.doc", "html/word-export-jierge-2020.html", "pdf/lo-docx-2021.pdf",
                "pdf/encrypted-user-password.pdf");
        String plain = BatchOutput.TESTDATA.resolve("seeds/004_11b7131e39966bf3.txt").toString();

        // held in memory: the archive is under the size limit
        List<Row> rows = SparkReports.parse(spark, List.of(zip.toString(), plain)).collectAsList();
        assertEquals(7, rows.size());
        assertEquals(zip + "!/seeds/002_4aa25779e377b147.txt", rows.get(0).getAs("file"));
        assertEquals(List.of(), SameAsBatch.differences(rows, BatchOutput.of(zip.toString(), plain)));

        // streamed: the archive is over the size limit, which its members are held to one by one
        long limit = 150_000;
        assertTrue(Files.size(zip) > limit);
        List<Row> limited = SparkReports.parse(spark, List.of(zip.toString()), ParseOptions.defaults().withMaxBytes(limit))
                .collectAsList();
        assertEquals(List.of(), SameAsBatch.differences(limited, BatchOutput.of(zip.toString(), "--max-bytes=" + limit)));
        assertTrue(limited.stream().anyMatch(r -> r.<String>getAs("json").contains("\"type\":\"TOO_LARGE\"")));
    }

    @Test
    void zipsFromChineseWindowsZipsInsideZipsAndSystemFilesAsBatchReadsThem(@TempDir Path tmp) throws IOException {
        Path inner = TestArchives.write(tmp.resolve("inner.zip"), "seeds/000_d7df2898a5ebd097.txt",
                "word/gaoping2019-docx.docx", "bad/libreoffice-report.odt");
        Path outer = tmp.resolve("省级年报.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(outer), Charset.forName("GBK"))) {
            Map<String, byte[]> members = new LinkedHashMap<>();
            members.put("2019/高坪区.txt", Files.readAllBytes(BatchOutput.TESTDATA.resolve("seeds/002_4aa25779e377b147.txt")));
            members.put("2020/县级.zip", Files.readAllBytes(inner));
            members.put("__MACOSX/2019/._高坪区.txt", new byte[] {0, 5, 22, 7});
            members.put("2019/Thumbs.db", new byte[] {(byte) 0xD0, (byte) 0xCF});
            for (Map.Entry<String, byte[]> m : members.entrySet()) {
                z.putNextEntry(new ZipEntry(m.getKey()));
                z.write(m.getValue());
                z.closeEntry();
            }
        }
        List<Row> rows = SparkReports.parse(spark, List.of(outer.toString())).collectAsList();
        assertEquals(List.of(outer + "!/2019/高坪区.txt", outer + "!/2020/县级.zip!/seeds/000_d7df2898a5ebd097.txt",
                outer + "!/2020/县级.zip!/word/gaoping2019-docx.docx", outer + "!/2020/县级.zip!/bad/libreoffice-report.odt"),
                rows.stream().map(r -> r.<String>getAs("file")).toList());
        assertEquals(List.of(), SameAsBatch.differences(rows, BatchOutput.of(outer.toString())));
    }

    @Test
    void aParserThatThrowsOrRunsOutOfMemoryFailsItsDocumentNotTheJob() {
        List<InputRef> inputs = SparkReports.listed(List.of(BatchOutput.TESTDATA.resolve("seeds").toString()),
                SparkReports.hadoopConf(spark));
        DocumentParser.Factory faulty = maxBytes -> (bytes, name) -> {
            if (name.contains("000_")) {
                throw new IllegalStateException("a parser defect");
            }
            if (name.contains("001_")) {
                throw new OutOfMemoryError("Java heap space");
            }
            return AnnualReport.failed(name, null, new io.github.ogireport.model.ReportError(ErrorType.CORRUPT, "stand-in"), null);
        };

        List<Row> rows = SparkReports.parse(spark, inputs, ParseOptions.defaults().withPartitions(2), faulty)
                .collectAsList();

        assertEquals(inputs.size(), rows.size());
        assertTrue(rows.stream().allMatch(r -> "FAILED".equals(r.getAs("status"))));
        assertTrue(rows.get(0).<String>getAs("json").contains("\"type\":\"INTERNAL_ERROR\""));
        assertTrue(rows.get(0).<String>getAs("json").contains("a parser defect"));
        assertTrue(rows.get(1).<String>getAs("json").contains("\"type\":\"TOO_LARGE\""));
        assertTrue(rows.get(1).<String>getAs("json").contains("out of memory while parsing"));
    }
}
