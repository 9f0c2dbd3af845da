package fr.tandem.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The two GAR files a test uploads on the GAR page: one subscription of a resource for a school,
 * valid from a month ago, and that subscription's assignment counts.
 */
final class GarFiles {

    private GarFiles() {
    }

    /** {@code abonnements.xml} in {@code dir}: 30 seats of resource {@code ark:/47198/<resource>}, named {@code label}. */
    static Path subscription(Path dir, String subscriptionId, String resource, String label, String uai) {
        return write(dir.resolve("abonnements.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <abonnements xmlns="http://www.atosworldline.com/wsabonnement/v1.0/">
                  <abonnement>
                    <idAbonnement>%s</idAbonnement>
                    <idRessource>ark:/47198/%s</idRessource>
                    <typeIdRessource>ark</typeIdRessource>
                    <libelleRessource>%s</libelleRessource>
                    <debutValidite>%sT00:00:00.000+02:00</debutValidite>
                    <finValidite>2099-08-15T00:00:00.000+02:00</finValidite>
                    <uaiEtab>%s</uaiEtab>
                    <categorieAffectation>transferable</categorieAffectation>
                    <typeAffectation>INDIV</typeAffectation>
                    <nbLicenceGlobale>30</nbLicenceGlobale>
                    <publicCible>ELEVE</publicCible>
                  </abonnement>
                </abonnements>
                """.formatted(subscriptionId, resource, xml(label), LocalDate.now().minusMonths(1), uai));
    }

    /** {@code affectations.csv} in {@code dir}: the school's pupils and teachers assigned to the subscription. */
    static Path usage(Path dir, String uai, String subscriptionId, String resource, int pupils, int teachers) {
        return write(dir.resolve("affectations.csv"), "UAI;idAbonnement;codeProjetRessource;idRessource;"
                + "cumulAffectationEleve;cumulAffectationEnseignant;cumulAffectationDocumentaliste;"
                + "cumulAffectationAutrePersonnel\r\n"
                + uai + ";" + subscriptionId + ";null;ark:/47198/" + resource + ";" + pupils + ";" + teachers
                + ";0;0\r\n");
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static Path write(Path file, String content) {
        try {
            return Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
