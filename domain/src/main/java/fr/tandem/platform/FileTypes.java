package fr.tandem.platform;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * The type of an uploaded file read from its first bytes (its signature), never from its name or the
 * browser's word: the photos and documents people send (JPEG, PNG, WebP, PDF).
 */
public final class FileTypes {

    private FileTypes() {
    }

    /** The content type of the file ({@code image/jpeg}, {@code image/png}, {@code image/webp}, {@code application/pdf}), or null for any other. */
    public static String sniff(byte[] c) {
        if (starts(c, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(c, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (c.length >= 12 && starts(c, 'R', 'I', 'F', 'F')
                && new String(Arrays.copyOfRange(c, 8, 12), StandardCharsets.US_ASCII).toUpperCase(Locale.ROOT)
                .equals("WEBP")) {
            return "image/webp";
        }
        if (starts(c, '%', 'P', 'D', 'F', '-')) {
            return "application/pdf";
        }
        return null;
    }

    private static boolean starts(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
