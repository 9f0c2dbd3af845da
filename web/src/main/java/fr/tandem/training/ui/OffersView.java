package fr.tandem.training.ui;

import fr.tandem.people.ui.CurrentUser;
import fr.tandem.platform.ui.ParisTime;
import fr.tandem.platform.ui.UiMessages;
import fr.tandem.school.boundary.Schools;
import fr.tandem.school.model.CirconscriptionSummary;
import fr.tandem.school.model.SchoolQuery;
import fr.tandem.school.model.SchoolSummary;
import fr.tandem.training.Cycle;
import fr.tandem.training.Modality;
import fr.tandem.training.OfferCategory;
import fr.tandem.training.OfferNature;
import fr.tandem.training.OfferStatus;
import fr.tandem.training.boundary.TrainingOffers;
import fr.tandem.training.model.OfferSummary;
import fr.tandem.training.model.SessionSummary;
import fr.tandem.training.model.TrainerChoice;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.DefaultScheduleModel;
import org.primefaces.model.ScheduleModel;

/**
 * The inspectors' training page: create and change offers (nature, target public, validation),
 * schedule their sessions and trainers (dates and times in Paris time) with the warnings that
 * come back, publish or cancel, and the circonscription's planning.
 */
@Named
@ViewScoped
public class OffersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient TrainingOffers offers;

    @EJB
    transient Schools schools;

    @Inject
    CurrentUser currentUser;

    private List<OfferSummary> list;
    private List<TrainerChoice> trainerChoices;
    private List<SchoolSummary> schoolChoices;
    private List<CirconscriptionSummary> circonscriptionChoices;
    private OfferForm offerForm = new OfferForm();
    private SessionForm sessionForm = new SessionForm();
    private transient ScheduleModel planning;

    @PostConstruct
    void init() {
        trainerChoices = offers.trainerChoices();
        String own = currentUser.getAccount().circonscriptionCode();
        schoolChoices = schools.search(new SchoolQuery(null, own, null, null, null, "name", true, 0,
                SchoolQuery.MAX_SIZE)).items();
        circonscriptionChoices = schools.circonscriptions();
        load();
    }

    void load() {
        list = offers.offers();
        planning = null;
    }

    /** Every session of the circonscription on a calendar, in Paris time. */
    public ScheduleModel getPlanning() {
        if (planning == null) {
            planning = new DefaultScheduleModel();
            for (OfferSummary offer : list) {
                for (SessionSummary session : offer.sessions()) {
                    planning.addEvent(DefaultScheduleEvent.builder()
                            .title(offer.title() + " — " + session.place() + " (" + session.confirmed() + "/"
                                    + session.capacity() + ")")
                            .startDate(LocalDateTime.ofInstant(session.startsAt(), ParisTime.ZONE))
                            .endDate(LocalDateTime.ofInstant(session.endsAt(), ParisTime.ZONE))
                            .styleClass(session.cancelled() ? "cancelled"
                                    : offer.status() == OfferStatus.PUBLISHED ? "published" : "draft")
                            .build());
                }
            }
        }
        return planning;
    }

    /** Creates the offer of the form, or saves the changes of the offer being edited. */
    public void saveOffer() {
        UiMessages.attempt(() -> {
            OfferSummary saved = offerForm.isEditing()
                    ? offers.updateOffer(offerForm.getOfferId(), offerForm.details())
                    : offers.createOffer(offerForm.details(), offerForm.getCirconscriptionCode());
            UiMessages.info(offerForm.isEditing() ? "offers.updated" : "offers.created", saved.title());
            offerForm = new OfferForm();
            sessionForm = new SessionForm();
            sessionForm.setOfferId(saved.id());
        });
        load();
    }

    public void editOffer(OfferSummary offer) {
        offerForm = OfferForm.of(offer);
    }

    public void resetOfferForm() {
        offerForm = new OfferForm();
    }

    public void publish(long offerId) {
        UiMessages.attempt(() -> UiMessages.info("offers.published", offers.publish(offerId).title()));
        load();
    }

    public void cancelOffer(long offerId) {
        UiMessages.attempt(() -> UiMessages.info("offers.offerCancelled", offers.cancelOffer(offerId).title()));
        load();
    }

    /** Adds the session of the form, or saves the changes of the session being edited; says what to look at again. */
    public void saveSession() {
        UiMessages.attempt(() -> {
            boolean editing = sessionForm.isEditing();
            SessionSummary saved = editing ? offers.updateSession(sessionForm.getSessionId(), sessionForm.details())
                    : offers.addSession(sessionForm.getOfferId() == null ? -1 : sessionForm.getOfferId(),
                    sessionForm.details());
            UiMessages.info(editing ? "offers.sessionUpdated" : "offers.sessionAdded");
            warnAbout(saved);
            Long offerId = saved.offerId();
            sessionForm = new SessionForm();
            sessionForm.setOfferId(offerId);
        });
        load();
    }

    public void editSession(SessionSummary session) {
        sessionForm = SessionForm.of(session);
    }

    public void resetSessionForm() {
        Long offerId = sessionForm.getOfferId();
        sessionForm = new SessionForm();
        sessionForm.setOfferId(offerId);
    }

    public void cancelSession(long sessionId) {
        UiMessages.attempt(() -> {
            offers.cancelSession(sessionId);
            UiMessages.info("offers.sessionCancelled");
        });
        load();
    }

    private static void warnAbout(SessionSummary session) {
        if (session.publicHoliday() != null) {
            UiMessages.warn("offers.warn.publicHoliday", UiMessages.text(session.publicHoliday()));
        }
        if (session.schoolHoliday() != null) {
            UiMessages.warn("offers.warn.schoolHoliday", session.schoolHoliday());
        }
        if (session.trainerClash() != null) {
            UiMessages.warn("offers.warn.trainerClash", session.trainerClash());
        }
    }

    public List<OfferSummary> getList() {
        return list;
    }

    public OfferForm getOfferForm() {
        return offerForm;
    }

    public SessionForm getSessionForm() {
        return sessionForm;
    }

    public List<TrainerChoice> getTrainerChoices() {
        return trainerChoices;
    }

    public List<SchoolSummary> getSchoolChoices() {
        return schoolChoices;
    }

    public List<CirconscriptionSummary> getCirconscriptionChoices() {
        return circonscriptionChoices;
    }

    public OfferCategory[] getCategories() {
        return OfferCategory.values();
    }

    public OfferNature[] getNatures() {
        return OfferNature.values();
    }

    public Modality[] getModalities() {
        return Modality.values();
    }

    public Cycle[] getCycles() {
        return Cycle.values();
    }
}
