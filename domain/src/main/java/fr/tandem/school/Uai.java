package fr.tandem.school;

import fr.tandem.platform.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Unité administrative immatriculée: seven digits and a check letter, kept as text because
 * leading zeros matter. The letter is {@code LETTERS.charAt(n % 23)} for the seven digits n.
 */
@Embeddable
public class Uai implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";
    private static final Pattern SHAPE = Pattern.compile("\\d{7}[A-Z]");

    @Column(name = "uai", length = 8, nullable = false)
    private String value;

    protected Uai() {
        // for JPA
    }

    private Uai(String value) {
        this.value = value;
    }

    /**
     * Parses a UAI typed by a person or read from a file (spaces around it and lower case are
     * tolerated).
     *
     * @throws RuleViolation when it is missing, badly shaped, or its check letter is wrong; the
     *                       message says which letter was expected
     */
    public static Uai of(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new RuleViolation("uai.required");
        }
        String candidate = raw.strip().toUpperCase(Locale.ROOT);
        if (!SHAPE.matcher(candidate).matches()) {
            throw new RuleViolation("uai.shape", raw.strip());
        }
        char expected = expectedLetter(candidate.substring(0, 7));
        if (candidate.charAt(7) != expected) {
            throw new RuleViolation("uai.checkLetter", candidate, String.valueOf(expected));
        }
        return new Uai(candidate);
    }

    /** The check letter of seven digits. */
    public static char expectedLetter(String sevenDigits) {
        return LETTERS.charAt(Integer.parseInt(sevenDigits) % LETTERS.length());
    }

    /** The three-digit département code the UAI starts with ("034" for Hérault). */
    public String departement() {
        return value.substring(0, 3);
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Uai uai && Objects.equals(value, uai.value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
