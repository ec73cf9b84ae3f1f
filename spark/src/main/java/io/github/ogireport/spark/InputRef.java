package io.github.ogireport.spark;

import org.apache.hadoop.fs.Path;

import java.io.Serializable;
import java.net.URI;

/**
 * One input as it travels to a task: the name recorded in the outputs and where to read it.
 *
 * @param name the name recorded in the report's {@code file} field: the path as the user gave it, joined with the
 *     path below it for files found in a folder (as {@code batch} records them)
 * @param location the file's qualified Hadoop path as a URI, or null for a manifest line not yet looked at (the
 *     task resolves {@code name} itself, so the driver never touches millions of listed files one by one)
 * @param size the length in bytes as listed, or -1 when not known yet
 * @param listingError why the folder this input stands for could not be listed, or null
 */
record InputRef(String name, String location, long size, String listingError) implements Serializable {

    /** A file found by a listing. */
    static InputRef file(String name, Path path, long size) {
        return new InputRef(name, path.toUri().toString(), size, null);
    }

    /** A path from a manifest, resolved (file or folder) only in the task that reads it. */
    static InputRef unresolved(String name) {
        return new InputRef(name, null, -1, null);
    }

    /** A folder that could not be listed: it is still an input, and becomes a FAILED report. */
    static InputRef unlistable(String name, Exception e) {
        return new InputRef(name, null, -1, e.toString());
    }

    boolean resolved() {
        return location != null || listingError != null;
    }

    /** Where to read the bytes. */
    Path path() {
        return new Path(URI.create(location));
    }
}
