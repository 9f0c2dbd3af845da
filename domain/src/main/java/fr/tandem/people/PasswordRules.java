package fr.tandem.people;

import fr.tandem.platform.RuleViolation;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must be, wherever one is set (account creation, reset by an admin, change
 * on the profile): long enough, not the username, not one of the passwords tried first by those
 * who guess. Checked when a password is set, never at login.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;

    /** Among the most used passwords (leaked-password lists), those long enough to pass the length rule. */
    private static final Set<String> COMMON = Set.of(
            "123456789012", "1234567890123", "12345678901234", "123456123456", "111111111111",
            "000000000000", "123123123123", "121212121212", "qwertyuiop12", "qwertyuiop123",
            "qwerty123456", "qwertyuiopasdfgh", "azertyuiop12", "azertyuiop123", "azerty123456",
            "password1234", "password12345", "password123456", "passwordpassword", "password1!password",
            "motdepasse12", "motdepasse123", "motdepasse1234", "motdepasse2024", "motdepasse2025",
            "iloveyou1234", "jetaime123456", "soleil123456",
            "administrator", "administrateur", "abcdefghijkl", "abcd12345678", "1q2w3e4r5t6y",
            "1qaz2wsx3edc", "zaq12wsxcde3", "welcome12345", "bienvenue123", "bienvenue1234",
            "changeme1234", "letmein12345", "princess1234", "football1234", "baseball1234",
            "superman1234", "starwars1234", "monkey123456", "dragon123456", "sunshine1234",
            "trustno1trustno1", "aaaaaaaaaaaa", "tandem-2026!", "tandem2026tandem", "beziers34500",
            "educationnationale", "enseignant123", "ecole1234567");

    private PasswordRules() {
    }

    /** Refuses the password with a message saying which rule it breaks. */
    public static void check(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new RuleViolation("account.password.short", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new RuleViolation("account.password.long", MAX_LENGTH);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        // a short username could turn up in a good password by chance: then only equality counts
        if (!name.isEmpty() && (name.length() >= 4 ? lower.contains(name) : lower.equals(name))) {
            throw new RuleViolation("account.password.username");
        }
        if (COMMON.contains(lower) || lower.chars().distinct().count() < 4) {
            throw new RuleViolation("account.password.common");
        }
    }
}
