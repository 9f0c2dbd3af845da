package fr.tandem.licence.model;

import fr.tandem.licence.AssignmentTarget;

/**
 * Where seats go: a school (UAI), and within it the whole school, a class, a teacher (username) or a
 * device (the equipment item's id; the UAI may then be left out, the device's school is taken).
 */
public record AssignmentRequest(String uai, AssignmentTarget target, String className, String teacherUsername,
                                Integer seats, Long equipmentId) {
}
