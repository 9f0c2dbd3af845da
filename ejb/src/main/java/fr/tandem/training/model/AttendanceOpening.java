package fr.tandem.training.model;

import java.time.LocalDate;

/** The day (Paris time) from which a session's émargement is taken, and whether that day has come. */
public record AttendanceOpening(LocalDate day, boolean open) {
}
