package fr.tandem.training;

import fr.tandem.equipment.EquipmentType;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an inspector sets on a training offer. Credited time is in minutes so that half-hours
 * and sessions shorter than three hours are recorded as they are. The target public is a set of
 * cycles and a list of schools (by UAI); with neither, the offer is for the whole circonscription.
 * An offer taken together is a parcours: its sessions are booked as one set (see {@link SessionSet}).
 * The reminder goes {@code reminderDaysBefore} days before each session (null: 2; 0: no reminder);
 * sessions held {@code onClassTime} need a replacement teacher for each enrolled teacher. The
 * {@code equipmentTypes} are those the offer teaches to use (null or none: not about equipment).
 */
@Schema(description = "What an inspector sets on a training offer, to create or change it; its sessions are added "
        + "apart.")
public record OfferDetails(
        @Schema(required = true, maxLength = 200, example = "L'écran numérique interactif en classe") String title,
        @Schema(description = "What the offer is about, several lines (at most 4000 characters).") String description,
        @Schema(description = "A short theme, searched by the catalogue (at most 100 characters).",
                example = "Numérique") String topic,
        @Schema(required = true) OfferCategory category,
        @Schema(required = true) OfferNature nature,
        @Schema(required = true) Modality modality,
        @Schema(required = true, description = "Time credited to each teacher who attends a session, in minutes "
                + "(15 to 1080).", minimum = "15", maximum = "1080", example = "180") Integer minutesCredited,
        @Schema(required = true, description = "When teachers may start booking, an instant written in UTC.",
                example = "2026-12-01T07:00:00Z") Instant enrolmentOpens,
        @Schema(required = true, description = "When booking ends, an instant written in UTC, after enrolmentOpens.",
                example = "2027-01-08T22:59:00Z") Instant enrolmentCloses,
        @Schema(description = "Whether each booking is a request the inspector accepts or refuses (absent: false).")
        Boolean needsValidation,
        @Schema(description = "The cycles the offer is for; with no school named either, the whole circonscription.") Set<Cycle> targetCycles,
        @Schema(description = "The schools the offer is for, by UAI (of the offer's circonscription).",
                example = "[\"0341234X\"]") List<String> targetSchools,
        @Schema(description = "Whether the sessions are a parcours booked as one set (absent: false); it cannot "
                + "change once a teacher is enrolled.") Boolean takenTogether,
        @Schema(description = "Days before each session the reminder mail goes (0 to 30; absent: 2; 0: no reminder).",
                minimum = "0", maximum = "30", example = "2") Integer reminderDaysBefore,
        @Schema(description = "Whether the sessions are held on class time, so each enrolled teacher needs a "
                + "replacement (absent: false).") Boolean onClassTime,
        @Schema(description = "The equipment types the offer teaches to use, matched with the equipment schools "
                + "receive (none: not about equipment).") Set<EquipmentType> equipmentTypes) {
}
