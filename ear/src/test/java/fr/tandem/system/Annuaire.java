package fr.tandem.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The real Annuaire de l'éducation extract shipped with the tests: 613 schools of Val-de-Marne. */
final class Annuaire {

    static final int SCHOOLS = 613;

    private Annuaire() {
    }

    static Path file() {
        try {
            return Path.of(Annuaire.class.getResource("/annuaire/fr-en-annuaire-education-94.csv").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] bytes() {
        try {
            return Files.readAllBytes(file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
