package io.github.ogireport.extract.charset;

import org.mozilla.universalchardet.UniversalDetector;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Decides the charset of a text file and decodes it: byte order mark, then strict UTF-8, then UTF-16 without a
 * BOM (zero bytes in alternate positions), then byte statistics, then GB18030. GB2312 and GBK are read as
 * GB18030, their superset, because pages labelled GB2312 routinely hold GBK-only characters (镕 喆 堃).
 */
public final class TextDecoder {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5-HKSCS");
    /**
     * The charsets of Chinese pages, whose decoders replace what does not decode with U+FFFD (String's decoding
     * replaces with the decoder's replacement): for these, a lenient decoding tells a strict one's result.
     */
    private static final Set<Charset> LENIENT_FIRST = Set.of(StandardCharsets.UTF_8, GB18030, BIG5);

    private static final String VALID_UTF8 = "valid UTF-8";

    private TextDecoder() {
    }

    /** Decodes text bytes; never fails (undecodable bytes become U+FFFD under the fallback charset). */
    public static DecodedText decode(byte[] bytes) {
        return decode(bytes, null);
    }

    /**
     * Decodes bytes whose document declares a charset (an HTML {@code <meta>}): the declaration is followed when
     * the bytes decode cleanly under it, because pages that declare one charset and hold another are common.
     *
     * @param declared the declared charset name, or null
     */
    public static DecodedText decode(byte[] bytes, String declared) {
        if (declared != null && !hasBom(bytes)) {
            Charset charset = forName(declared);
            String text = charset == null ? null : strict(bytes, charset);
            if (text != null) {
                return new DecodedText(text, charset.name(), "declared " + declared.trim());
            }
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new DecodedText(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), "UTF-8", "BOM");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new DecodedText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE", "BOM");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new DecodedText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE", "BOM");
        }
        String utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new DecodedText(utf8, "UTF-8", VALID_UTF8);
        }
        Charset utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            return new DecodedText(new String(bytes, utf16), utf16.name(), "zero bytes in alternate positions");
        }
        Charset detected = detect(bytes);
        if (detected != null) {
            String text = strict(bytes, detected);
            if (text != null) {
                return new DecodedText(text, detected.name(), "detected from byte statistics");
            }
        }
        return new DecodedText(new String(bytes, GB18030), GB18030.name(), "fallback");
    }

    /**
     * Decodes bytes whose first {@code headBytes} were decoded already, as {@link #decode(byte[])} does: a head
     * that is valid UTF-8 needs only the rest decoded, since valid UTF-8 followed by valid UTF-8 from a character
     * boundary on is valid UTF-8 (a valid head ends on one). Any other head is decoded again with the rest.
     *
     * Public for format detection ({@code extract}), which decodes the head.
     *
     * @param head what {@link #decode(byte[])} made of the first {@code headBytes} bytes
     */
    public static DecodedText decode(byte[] bytes, DecodedText head, int headBytes) {
        if (headBytes == bytes.length) {
            return head;
        }
        if (head.reason().equals(VALID_UTF8)) {
            String rest = strict(bytes, headBytes, StandardCharsets.UTF_8);
            if (rest != null) {
                return new DecodedText(head.text().concat(rest), "UTF-8", VALID_UTF8);
            }
        }
        return decode(bytes);
    }

    /** Maps a declared or detected charset name to the one to decode with (GB2312/GBK to GB18030); null if unknown. */
    public static Charset forName(String name) {
        if (name == null) {
            return null;
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (n.equals("gb2312") || n.equals("gbk") || n.equals("x-gbk") || n.equals("chinese") || n.equals("cp936")
                || n.equals("gb_2312-80") || n.equals("euc-cn")) {
            return GB18030;
        }
        if (n.equals("big5") || n.equals("big5-hkscs") || n.equals("x-euc-tw")) {
            return BIG5;
        }
        try {
            return Charset.forName(name.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean hasBom(byte[] bytes) {
        return startsWith(bytes, 0xEF, 0xBB, 0xBF) || startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF);
    }

    private static Charset detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, 1 << 20));
        detector.dataEnd();
        return forName(detector.getDetectedCharset());
    }

    private static Charset utf16WithoutBom(byte[] bytes) {
        int n = Math.min(bytes.length, 4096) & ~1;
        if (n < 4) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            if (bytes[i] == 0) {
                evenZeros++;
            }
            if (bytes[i + 1] == 0) {
                oddZeros++;
            }
        }
        int pairs = n / 2;
        // Chinese text in UTF-16 has few zero bytes: line breaks, digits and ASCII punctuation give them in the
        // high byte; a CJK character whose low byte is zero (一 is U+4E00) gives one on the other side now and then
        if (oddZeros > pairs / 20 && evenZeros * 4 < oddZeros) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros > pairs / 20 && oddZeros * 4 < evenZeros) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** The text, or null when the bytes do not decode under the charset (malformed or unmappable). */
    private static String strict(byte[] bytes, Charset charset) {
        return strict(bytes, 0, charset);
    }

    /** The text of the bytes from {@code from} on, or null when they do not decode under the charset. */
    private static String strict(byte[] bytes, int from, Charset charset) {
        if (LENIENT_FIRST.contains(charset)) {
            // no U+FFFD in the leniently decoded text: nothing was replaced, so nothing would have been reported
            // either; String's decoding is the quicker, and by far so for UTF-8
            String text = new String(bytes, from, bytes.length - from, charset);
            if (text.indexOf('\uFFFD') < 0) {
                return text;
            }
        }
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, bytes.length - from))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Whether the bytes begin with the given byte values (a magic number, a byte order mark); public for format
     * detection and zip containers.
     */
    public static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
