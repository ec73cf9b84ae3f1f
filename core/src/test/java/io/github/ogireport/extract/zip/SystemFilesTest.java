package io.github.ogireport.extract.zip;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SystemFilesTest {
    @ParameterizedTest
    @ValueSource(strings = {".DS_Store", "/data/2019/.DS_Store", "年报/Thumbs.db", "THUMBS.DB", "desktop.ini",
            "__MACOSX/年报/._高坪.pdf", "/data/__MACOSX/x.txt", "年报/._高坪.pdf", "~$高坪区年报.docx",
            "C:\\年报\\~$报告.doc", "a/.localized"})
    void leftByAnOperatingSystemOrOffice(String path) {
        assertTrue(SystemFiles.is(path), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"高坪区2019年报.pdf", "/data/2019/report.txt", "年报/_高坪.pdf", "MACOSX/a.txt",
            "my__MACOSX/a.txt", "a.DS_Store.txt", "~高坪.docx", "$高坪.docx", "thumbs.db.txt"})
    void aDocument(String path) {
        assertFalse(SystemFiles.is(path), path);
    }
}
