package fr.tandem.school.control;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.tandem.platform.RuleViolation;
import fr.tandem.school.PriorityEducation;
import fr.tandem.school.SchoolKind;
import fr.tandem.school.SchoolState;
import fr.tandem.school.Uai;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnnuaireCsvReaderTest {

    private static final String REAL_FILE = "/annuaire/fr-en-annuaire-education-94.csv";
    private static final String BOM = "\uFEFF";

    private AnnuaireCsvReader cut;
    private byte[] real;
    private List<String> realLines;

    @BeforeEach
    void init() throws IOException {
        cut = new AnnuaireCsvReader();
        try (InputStream in = getClass().getResourceAsStream(REAL_FILE)) {
            real = in.readAllBytes();
        }
        realLines = List.of(new String(real, StandardCharsets.UTF_8).substring(BOM.length()).split("\r\n"));
    }

    @Test
    void readsEverySchoolOfTheRealFile() {
        AnnuaireFile file = cut.read(real);

        assertThat(file.charset(), is("UTF-8"));
        assertThat(file.lines(), hasSize(613));
        assertThat(file.schools(), hasSize(613));
        assertThat(file.skipped(), is(empty()));
        assertThat(file.schools().stream().map(AnnuaireSchool::circonscriptionCode).distinct().count(), is(24L));
        AnnuaireLine first = file.lines().get(0);
        assertThat(first.lineNumber(), is(2));
        assertThat(first.school(), is(new AnnuaireSchool(Uai.of("0940176F"), "Ecole élémentaire Robert Doisneau",
                SchoolKind.ELEMENTAIRE, "151", "ECOLE DE NIVEAU ELEMENTAIRE", "Allée du Puits", "94260", "94034",
                "Fresnes", PriorityEducation.NONE, SchoolState.OPEN, Uai.of("0940927X"),
                "Circonscription d'inspection du 1er degré de Fresnes", "ce.0940176F@ac-creteil.fr", "0172045505")));
        assertThat(file.lines().get(612).lineNumber(), is(614));
    }

    @Test
    void readsLatin1WithItsAccents() {
        String text = new String(real, StandardCharsets.UTF_8).substring(BOM.length());

        AnnuaireFile file = cut.read(text.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(file.charset(), is("windows-1252"));
        assertThat(file.schools(), is(cut.read(real).schools()));
        assertThat(file.schools().get(0).name(), is("Ecole élémentaire Robert Doisneau"));
    }

    @Test
    void matchesHeadersWhateverTheirCaseAndSurroundingSpaces() {
        String header = Arrays.stream(realLines.get(0).split(";"))
                .map(name -> " " + name.toLowerCase(Locale.ROOT) + " ")
                .collect(Collectors.joining(";"));

        AnnuaireFile file = cut.read(file(header, realLines.subList(1, realLines.size())));

        assertThat(file.schools(), is(cut.read(real).schools()));
    }

    @Test
    void readsUtf8WithoutBom() {
        AnnuaireFile file = cut.read(Arrays.copyOfRange(real, 3, real.length));

        assertThat(file.charset(), is("UTF-8"));
        assertThat(file.schools(), hasSize(613));
        assertThat(file.schools().get(0).name(), is("Ecole élémentaire Robert Doisneau"));
    }

    @Test
    void refusesCommaSeparatedFile() {
        byte[] commas = String.join("\r\n", realLines).replace(';', ',').getBytes(StandardCharsets.UTF_8);

        RuleViolation refused = assertThrows(RuleViolation.class, () -> cut.read(commas));

        assertThat(refused.key(), is("annuaire.structure.separator"));
    }

    @Test
    void refusesEmptyFile() {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> cut.read(new byte[0]));

        assertThat(refused.key(), is("annuaire.structure.empty"));
    }

    @Test
    void namesTheMissingColumns() {
        String header = realLines.get(0).replace("code_circonscription", "circonscription");

        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> cut.read(file(header, realLines.subList(1, realLines.size()))));

        assertThat(refused.key(), is("annuaire.structure.missingColumns"));
        assertThat(refused.messageIn(Locale.FRENCH), containsString("code_circonscription"));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void refusesRandomBytesAsStructure(long seed) {
        byte[] garbage = new byte[4096];
        new Random(seed).nextBytes(garbage);

        RuleViolation refused = assertThrows(RuleViolation.class, () -> cut.read(garbage));

        assertThat(refused.key(), oneOf("annuaire.structure.empty", "annuaire.structure.separator",
                "annuaire.structure.missingColumns"));
    }

    @Test
    void reportsEachSkippedLineAndKeepsTheGoodOnes() {
        String good = realLines.get(1);
        List<String> rows = List.of(
                good,
                with(realLines.get(2), "Type_etablissement", "Collège"),
                with(realLines.get(3), "Identifiant_de_l_etablissement", "0940176G"),
                with(realLines.get(4), "Nom_commune", " "),
                "0940198E;Ecole",
                with(realLines.get(5), "Adresse_2", "\"Bâtiment A\r\nentrée B\""),
                with(realLines.get(6), "etat", "INCONNU"),
                with(realLines.get(7), "code_circonscription", "0940927A"),
                realLines.get(8));

        AnnuaireFile file = cut.read(file(realLines.get(0), rows));

        assertThat(file.lines().stream().map(AnnuaireLine::lineNumber).toList(),
                contains(2, 3, 4, 5, 6, 7, 9, 10, 11));
        assertThat(file.schools().stream().map(school -> school.uai().value()).toList(),
                contains("0940176F", field(realLines.get(5), "Identifiant_de_l_etablissement"),
                        field(realLines.get(8), "Identifiant_de_l_etablissement")));
        assertThat(file.schools().get(1).street(), is(field(realLines.get(5), "Adresse_1") + ", Bâtiment A\r\nentrée B"));
        assertThat(file.skipped().stream().map(AnnuaireLine::skipKey).toList(), contains(
                "annuaire.skip.notSchool", "annuaire.skip.badUai", "annuaire.skip.missingValue",
                "annuaire.skip.fieldCount", "annuaire.skip.badValue", "annuaire.skip.badCirconscription"));
        assertThat(file.skipped().stream().map(line -> line.reasonIn(Locale.FRENCH)).toList(), contains(
                is("Ligne ignorée : ce n'est pas une école (« Collège »)."),
                containsString("la lettre de contrôle attendue est F."),
                is("Ligne ignorée : la colonne Nom_commune est vide."),
                is("Ligne ignorée : elle compte 2 colonnes au lieu de 71 (point-virgule en trop ou manquant,"
                        + " ou guillemet mal fermé)."),
                is("Ligne ignorée : la valeur « INCONNU » de la colonne etat n'est pas reconnue."),
                containsString("la lettre de contrôle attendue est X.")));
        AnnuaireLine badUai = file.skipped().get(1);
        assertThat(badUai.reasonIn(Locale.ENGLISH), containsString("the expected check letter is F."));
        assertThat(badUai.reasonIn(Locale.ENGLISH), containsString("\"0940176G\""));
    }

    private String with(String row, String column, String value) {
        String[] fields = row.split(";", -1);
        fields[column(column)] = value;
        return String.join(";", fields);
    }

    private String field(String row, String column) {
        return row.split(";", -1)[column(column)];
    }

    private int column(String name) {
        return Arrays.asList(realLines.get(0).split(";")).indexOf(name);
    }

    private static byte[] file(String header, List<String> rows) {
        return (header + "\r\n" + String.join("\r\n", rows) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }
}
