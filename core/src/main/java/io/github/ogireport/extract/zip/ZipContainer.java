package io.github.ogireport.extract.zip;

import io.github.ogireport.extract.charset.TextDecoder;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What a zip holds, as {@code batch} and the Spark job tell it: one document (a Word, OpenDocument or OFD file is a
 * zip inside) or an archive of documents, whose members are inputs; and the code page its member names are in.
 */
public final class ZipContainer {
    /**
     * The code pages of member names not flagged as UTF-8, in the order they are tried: UTF-8 when every name is
     * valid UTF-8 (zips made on Linux and macOS write it without the flag), else GB18030, which reads the GBK that
     * Explorer and WinRAR on Chinese Windows write.
     */
    public static final List<Charset> NAME_CHARSETS = List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"));

    /**
     * Members that make a zip one document: Office Open XML (.docx, .xlsx; the second for a package whose content
     * types are lost), OpenDocument and EPUB ({@code mimetype}), and OFD, the national fixed-layout format.
     */
    private static final List<String> DOCUMENT_MARKS = List.of("[Content_Types].xml", "word/document.xml",
            "mimetype", "OFD.xml");

    private ZipContainer() {
    }

    /** Whether bytes start with a zip's local file header, as an archive and an Office document both do. */
    public static boolean startsAsZip(byte[] head) {
        return TextDecoder.startsWith(head, 'P', 'K', 3, 4);
    }

    /**
     * Whether a member makes the zip one document rather than an archive of documents.
     *
     * @param memberName the member's full name in the zip
     */
    public static boolean marksDocument(String memberName) {
        return DOCUMENT_MARKS.contains(memberName);
    }
}
