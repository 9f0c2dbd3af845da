package fr.tandem.people.control;

import fr.tandem.platform.Sha256;
import java.security.SecureRandom;
import java.util.Base64;

/** Creates personal API token secrets and the digest under which they are stored and found. */
public final class TokenSecrets {

    /** Every secret starts with this, so that a leaked one is easy to recognise. */
    public static final String PREFIX = "tdm_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecrets() {
    }

    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** SHA-256 of the secret in hex: a secret of 256 random bits needs no salt or stretching. */
    public static String digest(String secret) {
        return Sha256.hex(secret);
    }

    /** The beginning of the secret, shown in lists so that people can tell their tokens apart. */
    public static String visiblePrefix(String secret) {
        return secret.substring(0, Math.min(12, secret.length()));
    }
}
