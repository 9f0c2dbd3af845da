package fr.tandem.people;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a person does in the partnership; each role opens its own part of Tandem. */
@Schema(description = "What a person does in the partnership: ADMIN runs the application; CITY_STAFF is the city's IT "
        + "department; INSPECTOR an IEN, CPC or ERUN of the inspectorate; HEAD_TEACHER a school's director; TEACHER a "
        + "teacher; COUNCILLOR the city councillor for schools (reads, changes nothing); TRAINER a trainer from outside "
        + "the inspectorate, who runs the sessions they are named on.")
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
