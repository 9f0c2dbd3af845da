package fr.tandem.support;

import fr.tandem.people.Account;
import fr.tandem.school.School;
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
import java.util.Objects;

/**
 * A request that was not sent: a person of a school read an answer of the knowledge base that was
 * offered while they wrote, and said it solved their problem. The dashboard counts them.
 */
@Entity
@Table(name = "answer_deflection")
public class AnswerDeflection {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "answer_deflection_seq")
    @SequenceGenerator(name = "answer_deflection_seq", sequenceName = "answer_deflection_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "answer_id")
    private KnowledgeAnswer answer;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id")
    private School school;

    @Column(name = "solved_at", nullable = false)
    private Instant solvedAt;

    protected AnswerDeflection() {
        // for JPA
    }

    public AnswerDeflection(KnowledgeAnswer answer, Account account, School school, Instant now) {
        this.answer = Objects.requireNonNull(answer, "answer");
        this.account = Objects.requireNonNull(account, "account");
        this.school = Objects.requireNonNull(school, "school");
        this.solvedAt = Objects.requireNonNull(now, "now");
    }

    public KnowledgeAnswer answer() {
        return answer;
    }

    public School school() {
        return school;
    }

    public Instant solvedAt() {
        return solvedAt;
    }
}
