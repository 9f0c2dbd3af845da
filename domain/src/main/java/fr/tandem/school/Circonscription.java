package fr.tandem.school;

import fr.tandem.platform.RuleViolation;
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

    @Column(name = "address_street", length = 200)
    private String addressStreet;

    @Column(name = "address_postcode", length = 5)
    private String addressPostcode;

    @Column(name = "address_city", length = 100)
    private String addressCity;

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

    /**
     * Sets the postal address of the inspection (printed on the documents it issues); blank parts: unknown.
     *
     * @throws RuleViolation {@code circonscription.postcode.invalid} for a postcode that is not 5 digits
     */
    public void changeAddress(String street, String postcode, String city) {
        String code = Texts.optional(postcode, 20);
        if (code != null && !code.matches("\\d{5}")) {
            throw new RuleViolation("circonscription.postcode.invalid", code);
        }
        addressStreet = Texts.optional(street, 200);
        addressPostcode = code;
        addressCity = Texts.optional(city, 100);
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

    public String addressStreet() {
        return addressStreet;
    }

    public String addressPostcode() {
        return addressPostcode;
    }

    public String addressCity() {
        return addressCity;
    }

    public long version() {
        return version;
    }
}
