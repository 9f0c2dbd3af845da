package fr.tandem.training;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the émargement says of a teacher who had a seat: only presence counts toward the hours. */
@Schema(description = "What the émargement says of a seated teacher: only PRESENT counts toward the hours.")
public enum Attendance {
    PRESENT,
    ABSENT,
    EXCUSED
}
