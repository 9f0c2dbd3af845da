package fr.tandem.licence;

import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/** A file kept with a licence: the contract, an invoice (PDF, image, office document; 10 MB at most). */
@Entity
@Table(name = "licence_document")
public class LicenceDocument {

    /** The largest file accepted. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final Map<String, String> TYPES = Map.of(
            "pdf", "application/pdf", "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg",
            "odt", "application/vnd.oasis.opendocument.text",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "ods", "application/vnd.oasis.opendocument.spreadsheet");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "licence_document_seq")
    @SequenceGenerator(name = "licence_document_seq", sequenceName = "licence_document_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "licence_id", nullable = false)
    private Licence licence;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "byte_size", nullable = false)
    private int byteSize;

    @Column(nullable = false)
    private byte[] content;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected LicenceDocument() {
        // for JPA
    }

    /** Keeps a file; its type follows from its name's extension, which must be one of the accepted ones. */
    public LicenceDocument(Licence licence, String name, byte[] bytes, Instant now) {
        String cleaned = Texts.required(name == null ? null : name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_"),
                "licence.document.name.required", 200);
        int dot = cleaned.lastIndexOf('.');
        String type = dot < 0 ? null : TYPES.get(cleaned.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (type == null) {
            throw new RuleViolation("licence.document.type", cleaned);
        }
        if (bytes == null || bytes.length == 0) {
            throw new RuleViolation("licence.import.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new RuleViolation("licence.document.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        if (!startsAsItsType(type, bytes)) {
            throw new RuleViolation("licence.document.content", cleaned);
        }
        this.licence = licence;
        this.fileName = cleaned;
        this.contentType = type;
        this.byteSize = bytes.length;
        this.content = bytes.clone();
        this.uploadedAt = now;
    }

    /**
     * Whether the content starts as its type's files do (PDF, PNG, JPEG; the office formats are ZIP
     * archives), so that a program or a page renamed {@code contrat.pdf} is not kept and served as one.
     */
    private static boolean startsAsItsType(String type, byte[] bytes) {
        byte[] signature = switch (type) {
            case "application/pdf" -> new byte[] {'%', 'P', 'D', 'F', '-'};
            case "image/png" -> new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
            case "image/jpeg" -> new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
            default -> new byte[] {'P', 'K', 0x03, 0x04};
        };
        return bytes.length >= signature.length
                && java.util.Arrays.equals(bytes, 0, signature.length, signature, 0, signature.length);
    }

    public Long id() {
        return id;
    }

    public Licence licence() {
        return licence;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public int byteSize() {
        return byteSize;
    }

    public byte[] content() {
        return content.clone();
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
