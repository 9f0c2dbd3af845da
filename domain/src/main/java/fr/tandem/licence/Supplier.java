package fr.tandem.licence;

import fr.tandem.platform.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A company the city buys licences from (publisher or reseller). */
@Entity
@Table(name = "licence_supplier")
public class Supplier {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "licence_supplier_seq")
    @SequenceGenerator(name = "licence_supplier_seq", sequenceName = "licence_supplier_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = 200)
    private String name;

    @Column(length = 200)
    private String contact;

    @Version
    private long version;

    protected Supplier() {
        // for JPA
    }

    public Supplier(String name, String contact) {
        update(name, contact);
    }

    public final void update(String newName, String newContact) {
        name = Texts.required(newName, "licence.supplier.name.required", 200);
        contact = Texts.optional(newContact, 200);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String contact() {
        return contact;
    }
}
