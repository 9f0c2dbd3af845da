package fr.tandem.dashboard.control;

import fr.tandem.dashboard.model.DashboardFilter;
import fr.tandem.school.School;

/**
 * Which schools a dashboard filter keeps (of its city, when it names one), and the line a school adds up into: its
 * circonscription when the whole city is in view, the school itself once a circonscription or a
 * school is chosen.
 */
record Scope(DashboardFilter filter) {

    boolean keeps(School school) {
        return school != null
                && (filter.cityId() == null || school.city() != null && filter.cityId().equals(school.city().id()))
                && (filter.circonscriptionCode() == null
                || filter.circonscriptionCode().equals(school.circonscription().code().value()))
                && (filter.schoolUai() == null || filter.schoolUai().equals(school.uai().value()));
    }

    /** Whether what is placed in no school (a licence's unassigned seats) counts: on the whole deployment only. */
    boolean keepsUnplaced() {
        return !perSchool() && filter.cityId() == null;
    }

    boolean perSchool() {
        return filter.circonscriptionCode() != null || filter.schoolUai() != null;
    }

    String lineCode(School school) {
        return perSchool() ? school.uai().value() : school.circonscription().code().value();
    }

    String lineName(School school) {
        return perSchool() ? school.name() : school.circonscription().name();
    }
}
