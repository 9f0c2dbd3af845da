package fr.tandem.equipment.model;

import java.util.List;

/** The loans of the pools the caller manages: to approve, to hand over, to take back, and late ones. */
public record LoanDesk(List<ReservationSummary> toApprove, List<ReservationSummary> toHandOver,
                       List<ReservationSummary> toTakeBack, List<ReservationSummary> late) {
}
