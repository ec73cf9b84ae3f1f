package io.github.ogireport.cli;

import java.io.IOException;

/**
 * One input of a batch run: a file, or a member of a zip archive named {@code archive.zip!/path}.
 *
 * @param name the name recorded in the outputs
 * @param size the size in bytes as listed (before reading)
 * @param reader reads the bytes
 */
record Input(String name, long size, BytesReader reader) {

    /** Reads an input's bytes; may be called from a worker thread. */
    @FunctionalInterface
    interface BytesReader {
        byte[] read() throws IOException;
    }
}
