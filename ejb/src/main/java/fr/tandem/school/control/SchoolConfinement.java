package fr.tandem.school.control;

/**
 * The one school the caller is confined to, if any. The school component asks; the people
 * component, which knows accounts and roles, answers (so that schools need not know people).
 */
public interface SchoolConfinement {

    /**
     * The only school the caller may see, for teachers and head teachers ({@code -1} when their
     * account has none); {@code null} for the roles that see every school of the city.
     */
    Long confinedToSchoolId();

    /**
     * The circonscription an inspector works in (the territory their filters start from); {@code null} for the
     * other roles and for an inspector who also acts for a city or as an administrator.
     */
    default String ownCirconscriptionCode() {
        return null;
    }
}
