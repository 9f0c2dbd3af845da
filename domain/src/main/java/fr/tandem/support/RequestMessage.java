package fr.tandem.support;

import fr.tandem.people.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
 * One line of a request's thread: a comment, a status change (with its comment, if any), or both,
 * seen by both sides; or a city staff's internal note, seen by city staff only.
 */
@Entity
@Table(name = "support_message")
public class RequestMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "support_message_seq")
    @SequenceGenerator(name = "support_message_seq", sequenceName = "support_message_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    private SupportRequest request;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private Account author;

    @Column(name = "from_staff", nullable = false)
    private boolean fromStaff;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MessageEvent event;

    @Column(name = "written_at", nullable = false)
    private Instant at;

    @Column(length = 4000)
    private String body;

    @Column(nullable = false)
    private boolean internal;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_from", length = 30)
    private RequestStatus statusFrom;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_to", length = 30)
    private RequestStatus statusTo;

    protected RequestMessage() {
        // for JPA
    }

    RequestMessage(SupportRequest request, MessageEvent event, Account author, boolean fromStaff, Instant at,
                   String body, RequestStatus statusFrom, RequestStatus statusTo) {
        this.request = request;
        this.event = event;
        this.author = author;
        this.fromStaff = fromStaff;
        this.at = at;
        this.body = body;
        this.statusFrom = statusFrom;
        this.statusTo = statusTo;
    }

    /** A city staff's note for city staff only: never shown nor mailed to the school. */
    static RequestMessage note(SupportRequest request, Account staff, Instant at, String body) {
        RequestMessage note = new RequestMessage(request, MessageEvent.COMMENT, staff, true, at, body, null, null);
        note.internal = true;
        return note;
    }

    public Long id() {
        return id;
    }

    public MessageEvent event() {
        return event;
    }

    public Account author() {
        return author;
    }

    public boolean fromStaff() {
        return fromStaff;
    }

    public Instant at() {
        return at;
    }

    public String body() {
        return body;
    }

    /** Whether the line is an internal note of the city staff, which the school never sees. */
    public boolean internal() {
        return internal;
    }

    /** Whether the line is an answer of the city the school has to read: a reply, a question or a solution. */
    public boolean replyToSchool() {
        return fromStaff && !internal && body != null && (event == MessageEvent.COMMENT || event == MessageEvent.STATUS);
    }

    public RequestStatus statusFrom() {
        return statusFrom;
    }

    public RequestStatus statusTo() {
        return statusTo;
    }
}
