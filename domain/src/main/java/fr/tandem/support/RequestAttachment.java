package fr.tandem.support;

import jakarta.persistence.Basic;
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

/** A photo or document attached to a request, stored in the database (checked by {@link AttachmentPolicy}). */
@Entity
@Table(name = "support_attachment")
public class RequestAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "support_attachment_seq")
    @SequenceGenerator(name = "support_attachment_seq", sequenceName = "support_attachment_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    private SupportRequest request;

    @Column(name = "file_name", nullable = false, length = 150)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 50)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private int size;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = 60)
    private String uploadedBy;

    protected RequestAttachment() {
        // for JPA
    }

    RequestAttachment(SupportRequest request, String fileName, byte[] content, String uploadedBy, Instant now) {
        this.contentType = AttachmentPolicy.check(fileName, content);
        this.request = request;
        this.fileName = AttachmentPolicy.safeName(fileName);
        this.content = content.clone();
        this.size = content.length;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }

    public Long id() {
        return id;
    }

    public SupportRequest request() {
        return request;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public int size() {
        return size;
    }

    public byte[] content() {
        return content.clone();
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    public String uploadedBy() {
        return uploadedBy;
    }
}
