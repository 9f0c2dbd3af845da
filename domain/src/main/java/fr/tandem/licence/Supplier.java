package fr.tandem.licence;

import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.Texts;
import fr.tandem.school.City;
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
import jakarta.persistence.Version;

/** A company a city buys licences from (publisher or reseller); its name is unique within the city. */
@Entity
@Table(name = "licence_supplier")
public class Supplier {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "licence_supplier_seq")
    @SequenceGenerator(name = "licence_supplier_seq", sequenceName = "licence_supplier_seq", allocationSize = 50)
    private Long id;

    /** The city that buys from this supplier, set once at creation. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "city_id")
    private City city;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 200)
    private String contact;

    @Version
    private long version;

    protected Supplier() {
        // for JPA
    }

    /** @throws RuleViolation {@code licence.city.required} without a city */
    public Supplier(City city, String name, String contact) {
        if (city == null) {
            throw new RuleViolation("licence.city.required");
        }
        this.city = city;
        update(name, contact);
    }

    public final void update(String newName, String newContact) {
        name = Texts.required(newName, "licence.supplier.name.required", 200);
        contact = Texts.optional(newContact, 200);
    }

    public Long id() {
        return id;
    }

    public City city() {
        return city;
    }

    public String name() {
        return name;
    }

    public String contact() {
        return contact;
    }
}
