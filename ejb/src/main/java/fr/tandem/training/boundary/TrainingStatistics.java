package fr.tandem.training.boundary;

import fr.tandem.people.control.CurrentCaller;
import fr.tandem.platform.export.CsvExport;
import fr.tandem.platform.language.TextBundle;
import fr.tandem.training.Booking;
import fr.tandem.training.TrainingOffer;
import fr.tandem.training.control.OfferAccess;
import fr.tandem.training.control.StatisticsTally;
import fr.tandem.training.model.OfferStatistics;
import fr.tandem.training.model.ReasonCount;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The follow-up figures of an offer of the inspector's circonscription (any for an admin):
 * enrolled, attended, no-shows, late cancellations and refusals by reason — counts only, so no
 * teacher is named, from the circonscription or elsewhere.
 */
@Stateless
@RolesAllowed({"INSPECTOR", "ADMIN"})
public class TrainingStatistics {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    OfferAccess access;

    @Inject
    CurrentCaller caller;

    public OfferStatistics of(long offerId) {
        TrainingOffer offer = access.offer(offerId);
        return StatisticsTally.of(offer, em.createQuery("select b from Booking b join fetch b.session "
                + "where b.session.offer = :o", Booking.class).setParameter("o", offer).getResultList());
    }

    /** The figures as CSV (UTF-8 with BOM, ';'): one line per figure, reasons named in the caller's language. */
    public byte[] csv(long offerId) {
        OfferStatistics figures = of(offerId);
        TextBundle texts = TextBundle.of(TextBundle.DOCUMENTS, caller.account().language());
        List<List<String>> rows = new ArrayList<>();
        rows.add(row(texts.text("statistics.enrolled"), figures.enrolled()));
        rows.add(row(texts.text("statistics.attended"), figures.attended()));
        rows.add(row(texts.text("statistics.noShows"), figures.noShows()));
        rows.add(row(texts.text("statistics.excused"), figures.excused()));
        rows.add(row(texts.text("statistics.lateCancellations"), figures.lateCancellations()));
        for (ReasonCount reason : figures.lateCancellationReasons()) {
            rows.add(row(texts.text("statistics.lateCancellation", texts.text("cancellation." + reason.reason())),
                    reason.count()));
        }
        rows.add(row(texts.text("statistics.refusals"), figures.refusals()));
        for (ReasonCount reason : figures.refusalReasons()) {
            rows.add(row(texts.text("statistics.refusal", texts.text("refusal." + reason.reason())), reason.count()));
        }
        return CsvExport.write(List.of(texts.text("statistics.figure"), texts.text("statistics.count")), rows);
    }

    private static List<String> row(String label, long count) {
        return List.of(label, String.valueOf(count));
    }
}
