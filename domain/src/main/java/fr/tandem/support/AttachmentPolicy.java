package fr.tandem.support;

import fr.tandem.platform.FileTypes;
import fr.tandem.platform.RuleViolation;

/**
 * What a request may carry as files: photos (JPEG, PNG, WebP) and PDF documents, at most
 * {@value #MAX_BYTES} bytes (5 MB) each and {@value #MAX_FILES} per request. The type is read from
 * the file's first bytes, never trusted from its name or the browser's word.
 */
public final class AttachmentPolicy {

    /** Largest file accepted: 5 MB. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    /** Most files on one request. */
    public static final int MAX_FILES = 5;

    private AttachmentPolicy() {
    }

    /**
     * Checks a file and answers its real content type.
     *
     * @throws RuleViolation {@code support.file.empty}, {@code support.file.tooLarge} (limit in MB, name) or
     *                       {@code support.file.type} (name) when the content is none of the accepted types
     */
    public static String check(String fileName, byte[] content) {
        String name = fileName == null || fileName.isBlank() ? "?" : fileName.strip();
        if (content == null || content.length == 0) {
            throw new RuleViolation("support.file.empty", name);
        }
        if (content.length > MAX_BYTES) {
            throw new RuleViolation("support.file.tooLarge", name, MAX_BYTES / 1024 / 1024);
        }
        String type = FileTypes.sniff(content);
        if (type == null) {
            throw new RuleViolation("support.file.type", name);
        }
        return type;
    }

    /** A file name safe to store and to send back in a download header. */
    public static String safeName(String fileName) {
        String base = fileName == null ? "" : fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N}._ -]", "_").strip();
        if (base.isEmpty()) {
            base = "fichier";
        }
        return base.length() > 150 ? base.substring(base.length() - 150) : base;
    }
}
