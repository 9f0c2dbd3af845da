package fr.tandem.licence.control;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.tandem.platform.RuleViolation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GarReadersTest {

    private static final String NS = GarSubscriptionReader.NAMESPACE;

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = GarReadersTest.class.getResourceAsStream("/gar/" + name)) {
            return in.readAllBytes();
        }
    }

    private static byte[] xml(String body) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><abonnements xmlns=\"" + NS + "\">" + body + "</abonnements>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String abonnement(String id, String count) {
        return "<abonnement><idAbonnement>" + id + "</idAbonnement><idRessource>ark:/47198/test</idRessource>"
                + "<libelleRessource>Test</libelleRessource><debutValidite>2026-09-01T00:00:00.000+02:00</debutValidite>"
                + "<finValidite>2027-08-15T00:00:00.000+02:00</finValidite><uaiEtab>0349102b</uaiEtab>"
                + "<categorieAffectation>non transferable</categorieAffectation><typeAffectation>INDIV</typeAffectation>"
                + count + "</abonnement>";
    }

    @Test
    void readsTheGarExample() throws IOException {
        List<GarSubscription> read = GarSubscriptionReader.read(resource("abonnements-example.xml"));
        assertThat(read.size(), is(2));
        GarSubscription first = read.get(0);
        assertThat(first.id(), is("briefeco_1630592291"));
        assertThat(first.resourceId(), is("ark:/47198/briefeco"));
        assertThat(first.resourceLabel(), is("Brief.eco"));
        assertThat(first.validFrom(), is(LocalDate.of(2021, 9, 2)));
        assertThat(first.validUntil(), is(LocalDate.of(2022, 8, 15)));
        assertThat(first.uai(), is("0561622J"));
        assertThat(first.transferable(), is(true));
        assertThat(first.seats(), is(nullValue()));
    }

    @Test
    void countsANumberOrThePerPublicCounts() {
        List<GarSubscription> read = GarSubscriptionReader.read(xml(
                abonnement("a", "<nbLicenceGlobale>25</nbLicenceGlobale>")
                + abonnement("b", "<nbLicenceEnseignant>3</nbLicenceEnseignant><nbLicenceEleve>27</nbLicenceEleve>")));
        assertThat(read.get(0).seats(), is(25));
        assertThat(read.get(0).transferable(), is(false));
        assertThat(read.get(0).uai(), is("0349102B"));
        assertThat(read.get(1).seats(), is(30));
    }

    @Test
    void refusesExternalEntitiesWithoutReadingThem(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "SECRET");
        byte[] attack = ("<?xml version=\"1.0\"?><!DOCTYPE abonnements [<!ENTITY x SYSTEM \"" + secret.toUri()
                + "\">]><abonnements xmlns=\"" + NS + "\">" + abonnement("&x;", "<nbLicenceGlobale>1</nbLicenceGlobale>")
                + "</abonnements>").getBytes(StandardCharsets.UTF_8);
        RuleViolation refused = assertThrows(RuleViolation.class, () -> GarSubscriptionReader.read(attack));
        assertThat(refused.key(), is("licence.gar.xml.doctype"));
    }

    @Test
    void aMalformedFileIsToldInTheReadersLanguageWhateverTheServersLanguage() {
        Locale server = Locale.getDefault();
        Locale.setDefault(Locale.FRENCH);
        try {
            RuleViolation malformed = assertThrows(RuleViolation.class,
                    () -> GarSubscriptionReader.read("<abonnements>\n<abonnement>".getBytes(StandardCharsets.UTF_8)));
            assertThat(malformed.messageIn(Locale.ENGLISH), is("This file is not a readable GAR subscription XML: "
                    + "the XML is not well-formed at line 2, column 13. Nothing was imported."));
            RuleViolation notXml = assertThrows(RuleViolation.class,
                    () -> GarSubscriptionReader.read("{\"abonnements\":[]}".getBytes(StandardCharsets.UTF_8)));
            assertThat(notXml.messageIn(Locale.ENGLISH), is("This file is not a readable GAR subscription XML: "
                    + "the XML is not well-formed at line 1, column 1. Nothing was imported."));
        } finally {
            Locale.setDefault(server);
        }
    }

    @Test
    void refusesMalformedFilesAndStructureErrorsWithTheReason() {
        RuleViolation malformed = assertThrows(RuleViolation.class,
                () -> GarSubscriptionReader.read("<abonnements><abonnement>".getBytes(StandardCharsets.UTF_8)));
        assertThat(malformed.key(), is("licence.gar.xml.malformed"));
        assertThat(malformed.messageIn(Locale.FRENCH), containsString("Rien n'a été importé"));

        RuleViolation root = assertThrows(RuleViolation.class,
                () -> GarSubscriptionReader.read("<abonnements/>".getBytes(StandardCharsets.UTF_8)));
        assertThat(root.key(), is("licence.gar.xml.root"));

        RuleViolation missing = assertThrows(RuleViolation.class, () -> GarSubscriptionReader.read(xml(
                abonnement("a", "<nbLicenceGlobale>2</nbLicenceGlobale>") + abonnement("b", ""))));
        assertThat(missing.messageIn(Locale.FRENCH), is("Abonnement n° 2 : nbLicenceGlobale. Rien n'a été importé."));

        RuleViolation count = assertThrows(RuleViolation.class, () -> GarSubscriptionReader.read(xml(
                abonnement("a", "<nbLicenceGlobale>beaucoup</nbLicenceGlobale>"))));
        assertThat(count.messageIn(Locale.FRENCH), containsString("nbLicenceGlobale = beaucoup"));
        assertThrows(RuleViolation.class, () -> GarSubscriptionReader.read(new byte[0]));
    }

    @Test
    void readsTheUsageExampleAndReportsBadCountsByLine() throws IOException {
        List<GarUsageLine> lines = GarUsageReader.read(resource("affectations-example.csv"));
        assertThat(lines.size(), is(1));
        GarUsageLine line = lines.get(0);
        assertThat(line.uai(), is("0941295X"));
        assertThat(line.subscriptionId(), is("briefme_0941295X_1709542737.2902117"));
        assertThat(line.resourceId(), is("ark:/47198/briefme"));
        assertThat(line.students(), is(24));
        assertThat(line.teachers(), is(226));
        assertThat(line.line(), is(2));

        byte[] bad = ("\uFEFFUAI;idAbonnement;cumulAffectationEleve;cumulAffectationEnseignant\n"
                + "0349102B;x;12;1\n0349102B;y;douze;1\n").getBytes(StandardCharsets.UTF_8);
        List<GarUsageLine> read = GarUsageReader.read(bad);
        assertThat(read.get(0).problem(), is(nullValue()));
        assertThat(read.get(1).problem(), is("cumulAffectationEleve = douze"));
        assertThat(read.get(1).line(), is(3));

        RuleViolation wrong = assertThrows(RuleViolation.class,
                () -> GarUsageReader.read("a;b\n1;2\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(wrong.key(), is("licence.gar.csv.structure"));
    }
}
