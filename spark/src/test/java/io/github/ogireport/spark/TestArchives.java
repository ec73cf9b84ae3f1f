package io.github.ogireport.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Zip archives of testdata files, as an archive of collected reports would come. */
final class TestArchives {
    private TestArchives() {
    }

    /** Writes the testdata files (paths relative to testdata/) into a zip, under the same relative names. */
    static Path write(Path zip, String... testdataFiles) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (String f : testdataFiles) {
                if (f.endsWith("/")) {
                    z.putNextEntry(new ZipEntry(f));
                } else {
                    z.putNextEntry(new ZipEntry(f));
                    z.write(Files.readAllBytes(BatchOutput.TESTDATA.resolve(f)));
                }
                z.closeEntry();
            }
        }
        return zip;
    }
}
