package fr.tandem.training.ui;

import fr.tandem.platform.ui.Downloads;
import fr.tandem.training.boundary.TrainingStatistics;
import fr.tandem.training.model.OfferStatistics;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.StreamedContent;

/**
 * The follow-up figures of the offer shown on its page (enrolled, attended, no-shows, late
 * cancellations and refusals by reason), read once per request, and their CSV export.
 */
@Named
@RequestScoped
public class OfferStatisticsView {

    @EJB
    TrainingStatistics statistics;

    @Inject
    OfferView offerView;

    private OfferStatistics figures;

    public OfferStatistics getFigures() {
        if (figures == null) {
            figures = statistics.of(offerView.getOffer().id());
        }
        return figures;
    }

    public StreamedContent getCsv() {
        long offerId = offerView.getOffer().id();
        return Downloads.of(statistics.csv(offerId), "text/csv; charset=UTF-8", "suivi-offre-" + offerId + ".csv");
    }
}
