package fr.tandem.training.boundary;

/** One teacher's hours of the school year, in the inspector's list of the circonscription. */
public record TeacherHours(String username, String lastName, String firstName, String schoolUai, String schoolName,
                           HoursSummary hours) {
}
