package fr.tandem.licence.model;

import fr.tandem.licence.AssignmentTarget;

/** Where seats go: a school (UAI), and within it the whole school, a class or a teacher (username). */
public record AssignmentRequest(String uai, AssignmentTarget target, String className, String teacherUsername,
                                Integer seats) {
}
