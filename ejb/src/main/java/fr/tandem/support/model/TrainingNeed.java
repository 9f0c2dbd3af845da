package fr.tandem.support.model;

import java.time.Instant;

/** A training need a teacher raised, passed by the city to the inspector of the school's circonscription. */
public record TrainingNeed(long requestId, String schoolUai, String schoolName, String teacherName, String subject,
                           String description, Instant raisedAt, Instant referredAt) {
}
