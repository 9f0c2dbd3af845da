package fr.tandem.school.control;

/**
 * The one city the caller acts for, if any. What a city owns (equipment, licences, products,
 * suppliers, requests, service levels, money) is read and changed through it; the people
 * component, which knows accounts and roles, answers.
 */
public interface CityConfinement {

    /** Where the answer of {@link #confinedToCityId()} names no city at all: a city employee not placed yet. */
    long NO_CITY = -1L;

    /**
     * The city of a city employee or councillor ({@link #NO_CITY} when their account names none, so
     * that they see nothing rather than everything); {@code null} for the roles that are not confined
     * to a city (administrators, and the inspectorate and schools, which have scopes of their own).
     */
    Long confinedToCityId();
}
