package fr.tandem.people.control;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.tandem.people.model.DirectoryPerson;
import fr.tandem.platform.RuleViolation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PeopleCsvReaderTest {

    private final PeopleCsvReader cut = new PeopleCsvReader();

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsEveryColumnWhateverTheCaseAndAccentsOfTheHeader() {
        PeopleFile file = cut.read(utf8("""
                IDENTIFIANT;Courriel;Nom;Prénom;UAI;Fonction;Quotité
                c.roux;Camille.Roux@ac-montpellier.fr;Roux;Camille;0349101 L | 0349102X;ens;80 %
                """));
        assertThat(file.charset(), is("UTF-8"));
        PeopleLine line = file.lines().get(0);
        assertThat(line.lineNumber(), is(2));
        assertThat(line.name(), is("Camille Roux"));
        DirectoryPerson person = line.person();
        assertThat(person.username(), is("c.roux"));
        assertThat(person.email(), is("Camille.Roux@ac-montpellier.fr"));
        assertThat(person.firstName(), is("Camille"));
        assertThat(person.lastName(), is("Roux"));
        assertThat(person.schoolUais(), contains("0349101 L", "0349102X"));
        assertThat(person.function(), is("ENS"));
        assertThat(person.workingTimePercent(), is(80));
    }

    @Test
    void aByteOrderMarkAndLatin1AreReadAndTheEmailColumnMayBeCalledEmail() {
        String text = "email;nom;prenom;uai;fonction\r\nh.leduc@ville.test;Lédüc;Hélène;0349101L,0349102X;DSI\r\n";
        PeopleFile withBom = cut.read(utf8("\uFEFF" + text));
        assertThat(withBom.charset(), is("UTF-8"));
        assertThat(withBom.lines().get(0).person().lastName(), is("Lédüc"));
        assertThat(withBom.lines().get(0).person().schoolUais(), contains("0349101L", "0349102X"));
        PeopleFile latin1 = cut.read(text.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(latin1.charset(), is("windows-1252"));
        assertThat(latin1.lines().get(0).person().firstName(), is("Hélène"));
        assertThat(latin1.lines().get(0).person().email(), is("h.leduc@ville.test"));
        assertThat(latin1.lines().get(0).person().workingTimePercent(), is(nullValue()));
    }

    @Test
    void badLinesAreSkippedWithTheirPhysicalLineNumberAndAReason() {
        PeopleFile file = cut.read(utf8("""
                identifiant;courriel;nom;prenom;uai;fonction;quotite
                ;;Sans;Personne;0349101L;ENS;100

                a.b;;;Nom manquant;0349101L;ENS;100
                c.d;;Quotité;Fausse;0349101L;ENS;beaucoup
                e.f;;Trop;De;Colonnes;ENS;100;en trop
                g.h;;Sans;Fonction;0349101L;;
                """));
        List<PeopleLine> lines = file.lines();
        assertThat(lines.stream().map(PeopleLine::lineNumber).toList(), contains(2, 4, 5, 6, 7));
        assertThat(lines.stream().map(PeopleLine::skipKey).toList(), contains("people.skip.noIdentity",
                "people.skip.missingValue", "people.skip.badWorkingTime", "people.skip.fieldCount",
                "people.skip.missingValue"));
        assertThat(RuleViolation.format(Locale.FRENCH, lines.get(2).skipKey(), lines.get(2).skipArguments().toArray()),
                containsString("« beaucoup »"));
        assertThat(RuleViolation.format(Locale.ENGLISH, lines.get(4).skipKey(), lines.get(4).skipArguments().toArray()),
                is("Line skipped: the column fonction is empty."));
    }

    @Test
    void aFileWithoutTheNeededColumnsImportsNothingAndSaysWhichAreMissing() {
        RuleViolation missing = assertThrows(RuleViolation.class, () -> cut.read(utf8("nom;prenom\nRoux;Camille\n")));
        assertThat(missing.key(), is("people.structure.missingColumns"));
        assertThat(missing.messageIn(Locale.FRENCH), containsString("identifiant / courriel, fonction"));
        assertThat(assertThrows(RuleViolation.class, () -> cut.read(utf8("nom,prenom,fonction\n"))).key(),
                is("people.structure.separator"));
        assertThat(assertThrows(RuleViolation.class, () -> cut.read(utf8(" \n"))).key(), is("people.structure.empty"));
    }
}
