package fr.tandem.people;

/** What a person does in the partnership; each role opens its own part of Tandem. */
public enum Role {
    /** Runs the application: accounts, settings. */
    ADMIN,
    /** The city's IT department (DSI): schools, equipment, licences, requests. */
    CITY_STAFF,
    /** IEN, CPC, ERUN: build the training offer, schedule and run sessions. */
    INSPECTOR,
    /** Directeur or directrice d'école: sees the school's equipment, licences and bookings. */
    HEAD_TEACHER,
    /** Enseignant(e): books training, sees their hours, reports problems. */
    TEACHER,
    /** Élue aux écoles: reads the partnership dashboard, changes nothing. */
    COUNCILLOR,
    /** A trainer from outside the inspectorate (a city conseiller, a publisher's trainer): runs the sessions they are named on, sees nothing else. */
    TRAINER;

    /** Whether an account with this role must belong to a school. */
    public boolean needsSchool() {
        return this == TEACHER || this == HEAD_TEACHER;
    }
}
