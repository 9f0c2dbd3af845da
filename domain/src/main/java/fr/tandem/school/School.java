package fr.tandem.school;

import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.SearchText;
import fr.tandem.platform.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/** A primary school of the national directory, identified by its UAI and attached to one circonscription. */
@Entity
@Table(name = "school")
public class School {

    private static final Pattern POSTCODE = Pattern.compile("\\d{5}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "school_seq")
    @SequenceGenerator(name = "school_seq", sequenceName = "school_seq", allocationSize = 50)
    private Long id;

    @Embedded
    private Uai uai;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private SchoolKind kind;

    @Column(name = "nature_code", length = 3)
    private String natureCode;

    @Column(name = "nature_label", length = 100)
    private String natureLabel;

    @Column(length = 300)
    private String street;

    @Column(length = 5, nullable = false)
    private String postcode;

    @Column(name = "commune_code", length = 5, nullable = false)
    private String communeCode;

    @Column(name = "commune_name", length = 100, nullable = false)
    private String communeName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PriorityEducation priority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private SchoolState state;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "circonscription_id", nullable = false)
    private Circonscription circonscription;

    /** The city that owns the school's building and equipment: the one naming its commune, if any. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "city_id")
    private City city;

    @Column(length = 200)
    private String email;

    @Column(length = 30)
    private String phone;

    @Column(nullable = false)
    private boolean demo;

    /** Lower-case, accent-free UAI, name, commune and postcode, for searching as people type. */
    @Column(name = "search_text", nullable = false, length = 700)
    private String searchText;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected School() {
        // for JPA
    }

    public School(Uai uai, SchoolDetails details, Circonscription circonscription, boolean demo, Instant now) {
        this.uai = Objects.requireNonNull(uai);
        this.demo = demo;
        update(details, circonscription, now);
    }

    /**
     * Applies new details; returns whether anything changed, so that an import can tell an
     * updated school from an unchanged one.
     */
    public boolean update(SchoolDetails details, Circonscription newCirconscription, Instant now) {
        String newName = Texts.required(details.name(), "school.name.required", 200);
        SchoolKind newKind = details.kind();
        if (newKind == null) {
            throw new RuleViolation("school.kind.required");
        }
        String newPostcode = Texts.required(details.postcode(), "school.postcode.required", 5);
        if (!POSTCODE.matcher(newPostcode).matches()) {
            throw new RuleViolation("school.postcode.shape", newPostcode);
        }
        String newCommuneCode = Texts.required(details.communeCode(), "school.communeCode.required", 5);
        if (!City.COMMUNE_CODE.matcher(newCommuneCode).matches()) {
            throw new RuleViolation("school.communeCode.shape", newCommuneCode);
        }
        String newCommuneName = Texts.required(details.communeName(), "school.communeName.required", 100);
        String newEmail = Texts.optional(details.email(), 200);
        if (newEmail != null && !EMAIL.matcher(newEmail).matches()) {
            throw new RuleViolation("school.email.shape", newEmail);
        }
        if (newCirconscription == null) {
            throw new RuleViolation("school.circonscription.required");
        }
        boolean changed = !Objects.equals(name, newName)
                | kind != newKind
                | !Objects.equals(natureCode, Texts.optional(details.natureCode(), 3))
                | !Objects.equals(natureLabel, Texts.optional(details.natureLabel(), 100))
                | !Objects.equals(street, Texts.optional(details.street(), 300))
                | !Objects.equals(postcode, newPostcode)
                | !Objects.equals(communeCode, newCommuneCode)
                | !Objects.equals(communeName, newCommuneName)
                | priority != Objects.requireNonNullElse(details.priority(), PriorityEducation.NONE)
                | state != Objects.requireNonNullElse(details.state(), SchoolState.OPEN)
                | !Objects.equals(email, newEmail)
                | !Objects.equals(phone, Texts.optional(details.phone(), 30))
                | circonscription == null || !Objects.equals(circonscription.code(), newCirconscription.code());
        if (!changed) {
            return false;
        }
        name = newName;
        kind = newKind;
        natureCode = Texts.optional(details.natureCode(), 3);
        natureLabel = Texts.optional(details.natureLabel(), 100);
        street = Texts.optional(details.street(), 300);
        postcode = newPostcode;
        communeCode = newCommuneCode;
        communeName = newCommuneName;
        priority = Objects.requireNonNullElse(details.priority(), PriorityEducation.NONE);
        state = Objects.requireNonNullElse(details.state(), SchoolState.OPEN);
        email = newEmail;
        phone = Texts.optional(details.phone(), 30);
        circonscription = newCirconscription;
        searchText = SearchText.of(uai.value(), name, communeName, postcode);
        updatedAt = now;
        return true;
    }

    /** The details as they stand, to fill an edit form. */
    public SchoolDetails details() {
        return new SchoolDetails(name, kind, natureCode, natureLabel, street, postcode, communeCode, communeName,
                priority, state, email, phone);
    }

    public Long id() {
        return id;
    }

    public Uai uai() {
        return uai;
    }

    public String name() {
        return name;
    }

    public SchoolKind kind() {
        return kind;
    }

    public String street() {
        return street;
    }

    public String postcode() {
        return postcode;
    }

    public String communeCode() {
        return communeCode;
    }

    public String communeName() {
        return communeName;
    }

    public PriorityEducation priority() {
        return priority;
    }

    public SchoolState state() {
        return state;
    }

    public Circonscription circonscription() {
        return circonscription;
    }

    /** The owning city, or {@code null} while no city names the school's commune. */
    public City city() {
        return city;
    }

    /**
     * Places the school in the city that names its commune (or in none); the schools' boundary
     * calls it whenever a school is created or moves commune, and a city's communes change.
     */
    public void belongTo(City owner) {
        if (owner != null && !owner.communes().contains(communeCode)) {
            throw new IllegalArgumentException(owner.name() + " does not name commune " + communeCode);
        }
        city = owner;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public boolean demo() {
        return demo;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
