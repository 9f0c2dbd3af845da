package fr.tandem.licence.control;

import java.time.LocalDate;

/**
 * One {@code abonnement} of a GAR subscription file: its id, the resource ({@code ark:} id and
 * label), validity, the school's UAI, whether seats are transferable, and the seat count
 * ({@code null} for ILLIMITE).
 */
public record GarSubscription(int index, String id, String resourceId, String resourceLabel, LocalDate validFrom,
                              LocalDate validUntil, String uai, boolean transferable, Integer seats) {
}
