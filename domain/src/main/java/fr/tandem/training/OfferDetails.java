package fr.tandem.training;

import fr.tandem.equipment.EquipmentType;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What an inspector sets on a training offer. Credited time is in minutes so that half-hours
 * and sessions shorter than three hours are recorded as they are. The target public is a set of
 * cycles and a list of schools (by UAI); with neither, the offer is for the whole circonscription.
 * An offer taken together is a parcours: its sessions are booked as one set (see {@link SessionSet}).
 * The reminder goes {@code reminderDaysBefore} days before each session (null: 2; 0: no reminder);
 * sessions held {@code onClassTime} need a replacement teacher for each enrolled teacher. The
 * {@code equipmentTypes} are those the offer teaches to use (null or none: not about equipment).
 */
public record OfferDetails(String title, String description, String topic, OfferCategory category,
                           OfferNature nature, Modality modality, Integer minutesCredited, Instant enrolmentOpens,
                           Instant enrolmentCloses, Boolean needsValidation, Set<Cycle> targetCycles,
                           List<String> targetSchools, Boolean takenTogether, Integer reminderDaysBefore,
                           Boolean onClassTime,
                           Set<EquipmentType> equipmentTypes) {
}
