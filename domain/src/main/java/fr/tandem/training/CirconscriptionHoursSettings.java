package fr.tandem.training;

import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.Texts;
import fr.tandem.school.Circonscription;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * A circonscription's rules for the training hours: how the hours due follow the quotité (pro rata
 * or its table) and who signs its attestations (the inspector's name and title). One per
 * circonscription; a circonscription without one counts pro rata.
 */
@Entity
@Table(name = "circonscription_hours")
public class CirconscriptionHoursSettings {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "circonscription_hours_seq")
    @SequenceGenerator(name = "circonscription_hours_seq", sequenceName = "circonscription_hours_seq", allocationSize = 50)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "circonscription_id", nullable = false, unique = true)
    private Circonscription circonscription;

    @Enumerated(EnumType.STRING)
    @Column(name = "hours_due_policy", nullable = false, length = 20)
    private HoursDuePolicy policy = HoursDuePolicy.PRORATA;

    @Column(name = "hours_due_table", length = 1000)
    private String table;

    @Column(name = "signatory_name", length = 200)
    private String signatoryName;

    @Column(name = "signatory_title", length = 200)
    private String signatoryTitle;

    @Version
    private long version;

    protected CirconscriptionHoursSettings() {
        // for JPA
    }

    /** The rules of a circonscription that has none yet: pro rata, no signatory named. */
    public CirconscriptionHoursSettings(Circonscription circonscription) {
        this.circonscription = Objects.requireNonNull(circonscription);
    }

    /**
     * Chooses how the hours due follow the quotité. A table policy keeps its table; pro rata keeps the
     * table too, so that switching back does not lose it.
     *
     * @throws RuleViolation {@code hoursDue.table.empty} for the table policy without any row
     */
    public void countHoursDue(HoursDuePolicy newPolicy, HoursDueTable newTable) {
        Objects.requireNonNull(newPolicy);
        if (newPolicy == HoursDuePolicy.TABLE && newTable.isEmpty()) {
            throw new RuleViolation("hoursDue.table.empty");
        }
        policy = newPolicy;
        table = newTable.isEmpty() ? null : newTable.format();
    }

    /** Names who signs the attestations (blank: nobody named, the attestation leaves the name empty). */
    public void signedBy(String name, String title) {
        signatoryName = Texts.optional(name, 200);
        signatoryTitle = Texts.optional(title, 200);
    }

    /** The hours due at a quotité under these rules. */
    public HoursDue due(int percent) {
        return HoursDue.of(policy, table(), percent, circonscription.name());
    }

    public Long id() {
        return id;
    }

    public Circonscription circonscription() {
        return circonscription;
    }

    public HoursDuePolicy policy() {
        return policy;
    }

    public HoursDueTable table() {
        return HoursDueTable.parse(table);
    }

    public String signatoryName() {
        return signatoryName;
    }

    public String signatoryTitle() {
        return signatoryTitle;
    }
}
