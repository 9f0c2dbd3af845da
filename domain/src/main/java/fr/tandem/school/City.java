package fr.tandem.school;

import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.Texts;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collection;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A city as the owner of its schools' buildings, equipment, licences and money: one commune, or a
 * group of communes that share an IT service. A school belongs to the city that names its commune
 * (by INSEE code); a commune belongs to one city at most.
 */
@Entity
@Table(name = "city")
public class City {

    /** An INSEE commune code: five characters, digits but for Corsica's 2A and 2B. */
    static final Pattern COMMUNE_CODE = Pattern.compile("\\d[\\dAB]\\d{3}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "city_seq")
    @SequenceGenerator(name = "city_seq", sequenceName = "city_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 100, unique = true)
    private String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "city_commune", joinColumns = @JoinColumn(name = "city_id"))
    @Column(name = "commune_code", length = 5, nullable = false)
    private Set<String> communes = new TreeSet<>();

    @Version
    private long version;

    protected City() {
        // for JPA
    }

    /**
     * @throws RuleViolation {@code city.name.required}, {@code city.communes.required} or
     *         {@code city.commune.shape} (with the code at fault)
     */
    public City(String name, Collection<String> communeCodes) {
        rename(name);
        nameCommunes(communeCodes);
    }

    public void rename(String newName) {
        name = Texts.required(newName, "city.name.required", 100);
    }

    /** The communes of the city from now on (at least one); answers whether they changed. */
    public boolean nameCommunes(Collection<String> communeCodes) {
        Set<String> cleaned = new TreeSet<>();
        for (String code : communeCodes == null ? Set.<String>of() : communeCodes) {
            String trimmed = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
            if (trimmed.isEmpty()) {
                continue;
            }
            if (!COMMUNE_CODE.matcher(trimmed).matches()) {
                throw new RuleViolation("city.commune.shape", trimmed);
            }
            cleaned.add(trimmed);
        }
        if (cleaned.isEmpty()) {
            throw new RuleViolation("city.communes.required");
        }
        if (cleaned.equals(communes)) {
            return false;
        }
        communes.clear();
        communes.addAll(cleaned);
        return true;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** The INSEE codes of its communes, in order. */
    public Set<String> communes() {
        return Collections.unmodifiableSet(communes);
    }

    public long version() {
        return version;
    }
}
