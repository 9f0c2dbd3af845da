package fr.tandem.support;

import fr.tandem.people.Account;
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

/**
 * When a person of the school last read a request: the city's replies written after it are the
 * ones they have not read.
 */
@Entity
@Table(name = "support_reading")
public class RequestReading {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "support_reading_seq")
    @SequenceGenerator(name = "support_reading_seq", sequenceName = "support_reading_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    private SupportRequest request;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account reader;

    @Column(name = "read_at", nullable = false)
    private Instant readAt;

    protected RequestReading() {
        // for JPA
    }

    public RequestReading(SupportRequest request, Account reader, Instant readAt) {
        this.request = request;
        this.reader = reader;
        this.readAt = readAt;
    }

    /** The person read the request again. */
    public void readAgain(Instant now) {
        if (now.isAfter(readAt)) {
            readAt = now;
        }
    }

    public Instant readAt() {
        return readAt;
    }
}
