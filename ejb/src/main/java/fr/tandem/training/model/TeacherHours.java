package fr.tandem.training.model;

/** One teacher's hours of the school year, in the inspector's list of the circonscription. */
public record TeacherHours(String username, String lastName, String firstName, String schoolUai, String schoolName,
                           HoursSummary hours) {
}
