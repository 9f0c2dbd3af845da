package fr.tandem.training;

import fr.tandem.platform.FileTypes;
import fr.tandem.platform.RuleViolation;

/**
 * The certificate of hours done outside Tandem: a PDF, PNG or JPEG file of at most 5 MB, its type
 * read from its first bytes (never from its name), and a name safe to store and send back.
 */
public record Certificate(String fileName, String contentType, byte[] content) {

    /** Largest certificate accepted: 5 MB. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    /**
     * Checks an uploaded file.
     *
     * @throws RuleViolation {@code outsideHours.certificate.missing}, {@code outsideHours.certificate.tooLarge}
     *         (limit in MB) or {@code outsideHours.certificate.type} (not a PDF, PNG or JPEG by its content)
     */
    public static Certificate of(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new RuleViolation("outsideHours.certificate.missing");
        }
        if (content.length > MAX_BYTES) {
            throw new RuleViolation("outsideHours.certificate.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        String type = FileTypes.sniff(content);
        if (type == null || type.equals("image/webp")) {
            throw new RuleViolation("outsideHours.certificate.type");
        }
        return new Certificate(safeName(fileName, type), type, content.clone());
    }

    /** A name of letters, digits, dots, dashes and underscores only, with the extension of its real type. */
    static String safeName(String fileName, String type) {
        String base = fileName == null ? "" : fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("\\.[^.]*$", "")
                .replaceAll("[^A-Za-z0-9_-]", "_");
        if (base.isBlank()) {
            base = "attestation";
        }
        if (base.length() > 100) {
            base = base.substring(0, 100);
        }
        return base + switch (type) {
            case "application/pdf" -> ".pdf";
            case "image/png" -> ".png";
            default -> ".jpg";
        };
    }
}
