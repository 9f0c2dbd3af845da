package fr.tandem.platform;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Text files and bodies as people send them: UTF-8, with or without a byte-order mark, or, when the
 * bytes are not UTF-8, a one-byte Western encoding that reads any bytes (Latin-1, windows-1252).
 */
public final class TextDecoding {

    /** The Windows variant of Latin-1 that spreadsheets save "CSV" files in. */
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final char BOM = '\uFEFF';

    private TextDecoding() {
    }

    /** A text and the encoding it was read in. */
    public record Decoded(Charset charset, String text) {
    }

    /** Whether the bytes are well-formed UTF-8 (strictly: no byte is replaced). */
    public static boolean isUtf8(byte[] bytes) {
        return strictUtf8(bytes).isPresent();
    }

    /**
     * The bytes as strict UTF-8 without its byte-order mark, or, when they are not well-formed
     * UTF-8 (a byte-order mark followed by bad bytes included), in {@code fallback}, as they are.
     */
    public static Decoded decode(byte[] bytes, Charset fallback) {
        return strictUtf8(bytes)
                .map(text -> new Decoded(StandardCharsets.UTF_8, withoutBom(text)))
                .orElseGet(() -> new Decoded(fallback, new String(bytes, fallback)));
    }

    /**
     * As {@link #decode}, except that a byte-order mark says UTF-8 whatever follows: the rest is
     * read as UTF-8, a bad byte becoming U+FFFD.
     */
    public static Decoded decodeTrustingBom(byte[] bytes, Charset fallback) {
        if (bytes.length >= UTF8_BOM.length && Arrays.equals(bytes, 0, UTF8_BOM.length, UTF8_BOM, 0, UTF8_BOM.length)) {
            return new Decoded(StandardCharsets.UTF_8,
                    new String(bytes, UTF8_BOM.length, bytes.length - UTF8_BOM.length, StandardCharsets.UTF_8));
        }
        return decode(bytes, fallback);
    }

    private static Optional<String> strictUtf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException notUtf8) {
            return Optional.empty();
        }
    }

    private static String withoutBom(String text) {
        return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    }
}
