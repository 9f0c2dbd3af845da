package fr.tandem.training.control;

import fr.tandem.training.Attendance;
import fr.tandem.training.Booking;
import fr.tandem.training.BookingStatus;
import fr.tandem.training.CancellationReason;
import fr.tandem.training.RefusalReason;
import fr.tandem.training.TrainingOffer;
import fr.tandem.training.model.OfferStatistics;
import fr.tandem.training.model.ReasonCount;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** Counts an offer's bookings into its follow-up figures; every reason of the lists is shown, even at 0. */
public final class StatisticsTally {

    private StatisticsTally() {
    }

    public static OfferStatistics of(TrainingOffer offer, List<Booking> bookings) {
        List<Booking> seated = bookings.stream()
                .filter(b -> b.status() == BookingStatus.CONFIRMED && !b.session().cancelled()).toList();
        List<Booking> late = bookings.stream().filter(Booking::lateCancellation).toList();
        List<Booking> refused = bookings.stream().filter(b -> b.status() == BookingStatus.REFUSED).toList();
        return new OfferStatistics(offer.id(), offer.title(), seated.size(), marked(seated, Attendance.PRESENT),
                marked(seated, Attendance.ABSENT), marked(seated, Attendance.EXCUSED), late.size(),
                reasons(CancellationReason.values(), late, Booking::cancellationReason), refused.size(),
                reasons(RefusalReason.values(), refused, Booking::refusalReason));
    }

    private static long marked(List<Booking> seated, Attendance mark) {
        return seated.stream().filter(b -> b.attendance() == mark).count();
    }

    private static <R extends Enum<R>> List<ReasonCount> reasons(R[] all, List<Booking> bookings,
                                                                  Function<Booking, R> reasonOf) {
        return Arrays.stream(all).map(r -> new ReasonCount(r.name(),
                bookings.stream().filter(b -> reasonOf.apply(b) == r).count())).toList();
    }
}
