package io.github.ogireport.extract.zip;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Files that operating systems and Office leave beside documents, which are never reports: {@code batch} (and the
 * Spark job) skip and count them instead of recording each as a failure. Archives made on macOS hold one
 * {@code __MACOSX/._name} per document, which would double the failures of a run.
 */
public final class SystemFiles {
    /** Whole file names, compared without case. */
    private static final Set<String> NAMES = Set.of(
            ".ds_store",    // macOS Finder's folder settings
            "thumbs.db",    // Windows Explorer's thumbnail cache
            "desktop.ini",  // Windows Explorer's folder settings
            ".localized");  // macOS
    /** Starts of file names. */
    private static final List<String> PREFIXES = List.of(
            "._",           // macOS AppleDouble: the resource fork and attributes of the file named after it
            "~$");          // Word's and Excel's owner file of a document open for editing
    /** A folder, anywhere on the path, that holds only such files: macOS's archive utility adds it to zips. */
    private static final String MACOS_ARCHIVE_FOLDER = "__MACOSX";

    private SystemFiles() {
    }

    /**
     * Whether a file is one of these.
     *
     * @param path a path in a folder or in a zip archive, with {@code /} or the platform's separator
     */
    public static boolean is(String path) {
        String p = path.replace('\\', '/');
        String name = p.substring(p.lastIndexOf('/') + 1);
        if (NAMES.contains(name.toLowerCase(Locale.ROOT))) {
            return true;
        }
        for (String prefix : PREFIXES) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return p.startsWith(MACOS_ARCHIVE_FOLDER + "/") || p.contains("/" + MACOS_ARCHIVE_FOLDER + "/");
    }
}
