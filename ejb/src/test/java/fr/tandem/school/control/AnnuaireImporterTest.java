package fr.tandem.school.control;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import fr.tandem.school.PriorityEducation;
import fr.tandem.school.SchoolKind;
import fr.tandem.school.SchoolState;
import fr.tandem.school.Uai;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnnuaireImporterTest {

    private static AnnuaireSchool school(String uai, String circonscriptionName) {
        return new AnnuaireSchool(Uai.of(uai), "Ecole", SchoolKind.ELEMENTAIRE, "151", null, null, "94260", "94034",
                "Fresnes", PriorityEducation.NONE, SchoolState.OPEN, Uai.of("0940927X"), circonscriptionName, null, null);
    }

    @Test
    void aCirconscriptionSpelledTwoWaysTakesTheMostCommonSpellingWhateverTheOrder() {
        List<AnnuaireSchool> schools = List.of(school("0940176F", "Circo de Fresnes"),
                school("0940177G", "Circonscription de Fresnes"), school("0940178H", "Circonscription de Fresnes"));
        Map<Uai, String> cut = AnnuaireImporter.canonicalNames(schools);
        assertThat(cut.get(Uai.of("0940927X")), is("Circonscription de Fresnes"));
        assertThat(AnnuaireImporter.canonicalNames(List.of(schools.get(2), schools.get(1), schools.get(0))).get(Uai.of("0940927X")),
                is("Circonscription de Fresnes"));
    }

    @Test
    void onATieTheFirstSpellingSeenWins() {
        Map<Uai, String> cut = AnnuaireImporter.canonicalNames(List.of(school("0940176F", "A"), school("0940177G", "B")));
        assertThat(cut.get(Uai.of("0940927X")), is("A"));
    }
}
