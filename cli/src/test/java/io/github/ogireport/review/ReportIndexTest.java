package io.github.ogireport.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportIndexTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void eachRecordIsFoundAtTheByteWhereItsLineStarts() throws IOException {
        ReviewFixture.get();
        Path jsonl = ReviewFixture.OUT.resolve("reports.jsonl");
        byte[] bytes = Files.readAllBytes(jsonl);
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n' && i + 1 < bytes.length) {
                starts.add(i + 1);
            }
        }
        ReportIndex index = ReportIndex.build(jsonl);
        assertEquals(starts.size(), index.size());
        for (int i = 0; i < index.size(); i++) {
            assertEquals((long) starts.get(i), index.offset(i), "record " + i);
            int end = i + 1 < starts.size() ? starts.get(i + 1) : bytes.length;
            String file = JSON.readTree(Arrays.copyOfRange(bytes, starts.get(i), end)).path("file").asText();
            assertEquals(file, index.read(i).path("file").asText());
            assertEquals(file, index.entry(i).file());
        }
        assertTrue(index.entry(ReviewFixture.numberOf(ReviewFixture.TAMPERED)).failingRules().containsAll(List.of("T3-B", "T3-C")));
        assertEquals(ReviewFixture.numberOf(ReviewFixture.SEED_002), index.numberOf(ReviewFixture.SEED_002));
    }

    @Test
    void aLastLineCutShortIsLeftOutAndABrokenLineNamesTheFile(@TempDir Path dir) throws IOException {
        String whole = "{\"file\":\"a.txt\",\"status\":\"OK\",\"year\":2020,\"checks\":[],\"warnings\":[]}\n";
        Path cut = Files.writeString(dir.resolve("reports.jsonl"), whole + whole.replace("a.txt", "长的名字.txt") + "{\"file\":\"c");
        ReportIndex index = ReportIndex.build(cut);
        assertEquals(2, index.size());
        assertEquals("长的名字.txt", index.read(1).path("file").asText());
        assertEquals(whole.getBytes(java.nio.charset.StandardCharsets.UTF_8).length, index.offset(1));
        Path broken = Files.writeString(dir.resolve("broken.jsonl"), whole + "not json\n");
        IOException e = assertThrows(IOException.class, () -> ReportIndex.build(broken));
        assertTrue(e.getMessage().contains("broken.jsonl: record 2"), e.getMessage());
    }
}
