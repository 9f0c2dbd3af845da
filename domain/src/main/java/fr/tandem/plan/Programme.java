package fr.tandem.plan;

/** Who funds a plan line: a grant programme, or the city's own budget. */
public enum Programme {
    /** The State's Territoires Numériques Éducatifs programme. */
    TNE,
    /** The département's grant. */
    DEPARTEMENT,
    /** The city's own budget: nothing to claim from anyone. */
    CITY;

    /** Whether grants of this programme are claimed from a funder (the city does not claim from itself). */
    public boolean claimable() {
        return this != CITY;
    }
}
