package fr.tandem.licence;

import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.Texts;
import fr.tandem.school.City;
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
import jakarta.persistence.Version;
import java.util.regex.Pattern;

/**
 * A software or digital resource a city buys licences of; a GAR resource carries its {@code ark:} id
 * (unique within the city). Its supplier is one of the same city.
 */
@Entity
@Table(name = "licence_product")
public class Product {

    private static final Pattern ARK = Pattern.compile("ark:/\\d+/\\S+");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "licence_product_seq")
    @SequenceGenerator(name = "licence_product_seq", sequenceName = "licence_product_seq", allocationSize = 50)
    private Long id;

    /** The city that buys licences of this product, set once at creation. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "city_id")
    private City city;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProductKind kind;

    @Column(length = 200)
    private String publisher;

    @Column(name = "ark_id", length = 200)
    private String arkId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "supplier_id")
    private Supplier supplier;

    @Column(name = "access_instructions", length = 4000)
    private String accessInstructions;

    @Version
    private long version;

    protected Product() {
        // for JPA
    }

    /** @throws RuleViolation {@code licence.city.required} without a city */
    public Product(City city, ProductDetails details, Supplier supplier) {
        if (city == null) {
            throw new RuleViolation("licence.city.required");
        }
        this.city = city;
        update(details, supplier);
    }

    public final void update(ProductDetails details, Supplier newSupplier) {
        String newName = Texts.required(details.name(), "licence.product.name.required", 200);
        if (details.kind() == null) {
            throw new RuleViolation("licence.product.kind.required");
        }
        String ark = Texts.optional(details.arkId(), 200);
        if (ark != null && !ARK.matcher(ark).matches()) {
            throw new RuleViolation("licence.product.ark.shape", ark);
        }
        if (newSupplier != null && !Licence.sameCity(city, newSupplier.city())) {
            throw new RuleViolation("licence.product.supplier.otherCity", newSupplier.name());
        }
        name = newName;
        kind = details.kind();
        publisher = Texts.optional(details.publisher(), 200);
        arkId = ark;
        supplier = newSupplier;
        accessInstructions = Texts.optionalBlock(details.accessInstructions(), 4000);
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

    public ProductKind kind() {
        return kind;
    }

    public String publisher() {
        return publisher;
    }

    public String arkId() {
        return arkId;
    }

    public Supplier supplier() {
        return supplier;
    }

    public String accessInstructions() {
        return accessInstructions;
    }
}
