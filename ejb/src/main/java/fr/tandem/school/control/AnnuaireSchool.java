package fr.tandem.school.control;

import fr.tandem.school.PriorityEducation;
import fr.tandem.school.SchoolKind;
import fr.tandem.school.SchoolState;
import fr.tandem.school.Uai;

/** The checked values of one school line of the Annuaire; optional texts are null when empty. */
public record AnnuaireSchool(
        Uai uai,
        String name,
        SchoolKind kind,
        String natureCode,
        String natureLabel,
        String street,
        String postcode,
        String communeCode,
        String communeName,
        PriorityEducation priority,
        SchoolState state,
        Uai circonscriptionCode,
        String circonscriptionName,
        String email,
        String phone) {
}
