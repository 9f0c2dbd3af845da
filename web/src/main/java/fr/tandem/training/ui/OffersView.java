package fr.tandem.training.ui;

import fr.tandem.platform.ui.UiMessages;
import fr.tandem.school.boundary.Schools;
import fr.tandem.school.model.CirconscriptionSummary;
import fr.tandem.training.boundary.TrainingOffers;
import fr.tandem.training.model.OfferSummary;
import fr.tandem.training.model.SessionSummary;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The inspector's list of offers (an admin's: every circonscription's, narrowed to one if asked),
 * searched by words of their title or theme; each opens on its own page.
 */
@Named
@ViewScoped
public class OffersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient TrainingOffers offers;

    @EJB
    transient Schools schools;

    private List<OfferSummary> all = List.of();
    private List<OfferSummary> shown = List.of();
    private List<CirconscriptionSummary> circonscriptionChoices = List.of();
    private String words;
    private String circonscription;
    private Instant now;

    @PostConstruct
    void init() {
        circonscriptionChoices = schools.circonscriptions();
        all = offers.offers();
        now = Instant.now();
        filter();
    }

    /** Keeps the offers whose title or theme hold every word typed, of the circonscription chosen if any. */
    public void filter() {
        List<String> wanted = words == null || words.isBlank() ? List.of() : List.of(folded(words).split("\\s+"));
        shown = all.stream()
                .filter(o -> circonscription == null || circonscription.isBlank()
                        || circonscription.equals(o.circonscriptionName()))
                .filter(o -> wanted.stream().allMatch(w -> folded(o.title() + " " + o.topic()).contains(w)))
                .toList();
    }

    private static String folded(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).trim();
    }

    /** The next session still to come of the offer, or null. */
    public SessionSummary next(OfferSummary offer) {
        return offer.nextSession(now);
    }

    /** The start of the offer's next session, for sorting (offers without one last). */
    public Instant nextStart(OfferSummary offer) {
        SessionSummary next = offer.nextSession(now);
        return next == null ? Instant.MAX : next.startsAt();
    }

    public String statusClass(OfferSummary offer) {
        return switch (offer.status()) {
            case PUBLISHED -> "status-ok";
            case DRAFT -> "status-info";
            case CANCELLED -> "status-neutral";
        };
    }

    public String getEmptyMessage() {
        return all.isEmpty() ? UiMessages.text("offers.empty") : UiMessages.text("offers.noMatch");
    }

    public List<OfferSummary> getList() {
        return shown;
    }

    public List<CirconscriptionSummary> getCirconscriptionChoices() {
        return circonscriptionChoices;
    }

    public String getWords() {
        return words;
    }

    public void setWords(String words) {
        this.words = words;
    }

    public String getCirconscription() {
        return circonscription;
    }

    public void setCirconscription(String circonscription) {
        this.circonscription = circonscription;
    }
}
