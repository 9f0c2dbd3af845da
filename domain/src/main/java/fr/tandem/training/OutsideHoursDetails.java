package fr.tandem.training;

import java.time.LocalDate;

/**
 * What a teacher declares of hours done outside Tandem: a title, where (provider), the day, the
 * nature and modality as the ledger counts them, and the duration in minutes.
 */
public record OutsideHoursDetails(String title, OutsideProvider provider, LocalDate doneOn, OfferNature nature,
                                  Modality modality, Integer minutes) {
}
