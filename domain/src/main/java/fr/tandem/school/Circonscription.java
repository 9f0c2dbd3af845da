package fr.tandem.school;

import fr.tandem.platform.Texts;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/** An inspection district of the first degree (an IEN's circonscription), keyed by its UAI-format code. */
@Entity
@Table(name = "circonscription")
public class Circonscription {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "circonscription_seq")
    @SequenceGenerator(name = "circonscription_seq", sequenceName = "circonscription_seq", allocationSize = 50)
    private Long id;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "code", length = 8, nullable = false, unique = true))
    private Uai code;

    @Column(nullable = false, length = 200)
    private String name;

    @Version
    private long version;

    protected Circonscription() {
        // for JPA
    }

    public Circonscription(Uai code, String name) {
        this.code = Objects.requireNonNull(code);
        rename(name);
    }

    /** Takes the name the latest source gives; the code stays the key. */
    public boolean rename(String newName) {
        String cleaned = Texts.required(newName, "circonscription.name.required", 200);
        if (cleaned.equals(name)) {
            return false;
        }
        name = cleaned;
        return true;
    }

    public Long id() {
        return id;
    }

    public Uai code() {
        return code;
    }

    public String name() {
        return name;
    }

    public long version() {
        return version;
    }
}
