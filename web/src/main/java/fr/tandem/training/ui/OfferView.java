package fr.tandem.training.ui;

import fr.tandem.people.ui.CurrentUser;
import fr.tandem.platform.ui.UiMessages;
import fr.tandem.school.boundary.Schools;
import fr.tandem.school.model.CirconscriptionSummary;
import fr.tandem.school.model.SchoolQuery;
import fr.tandem.school.model.SchoolSummary;
import fr.tandem.equipment.EquipmentType;
import fr.tandem.training.Cycle;
import fr.tandem.training.Modality;
import fr.tandem.training.OfferCategory;
import fr.tandem.training.OfferNature;
import fr.tandem.training.boundary.TrainingOffers;
import fr.tandem.training.model.OfferSummary;
import fr.tandem.training.model.SessionSummary;
import fr.tandem.training.model.TrainerChoice;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;

/**
 * One offer on its own page (none: a new one): its details edited in place, publication with who
 * will see it, its sessions added or changed in a dialog next to their list, with the warnings that
 * come back (dates and times in Paris time), cancellation; the enrolments of the session opened.
 */
@Named
@ViewScoped
public class OfferView implements Serializable {

    /** How many places the place field proposes at most. */
    static final int PLACE_PROPOSALS = 10;

    private static final long serialVersionUID = 1L;

    @EJB
    transient TrainingOffers offers;

    @EJB
    transient Schools schools;

    @Inject
    CurrentUser currentUser;

    @Inject
    EnrolmentsView enrolmentsView;

    private Long id;
    private Long sessionId;
    private OfferSummary offer;
    private long audience;
    private boolean loaded;
    private OfferForm offerForm = new OfferForm();
    private SessionForm sessionForm = new SessionForm();
    private List<TrainerChoice> trainerChoices;
    private List<CirconscriptionSummary> circonscriptionChoices;

    /** Called from the view parameters. */
    public void load() {
        if (trainerChoices == null) {
            trainerChoices = offers.trainerChoices();
            circonscriptionChoices = currentUser.is("ADMIN") ? schools.circonscriptions() : List.of();
        }
        if (id == null) {
            loaded = true;
            return;
        }
        loaded = UiMessages.attempt(() -> {
            reload();
            offerForm = OfferForm.of(offer);
        });
        if (loaded && sessionId != null) {
            offer.sessions().stream().filter(s -> s.sessionId() == sessionId).findFirst()
                    .ifPresentOrElse(enrolmentsView::show, () -> UiMessages.errorText("offer.sessionNotHere"));
        }
    }

    void reload() {
        offer = offers.offer(id);
        audience = offers.audience(id);
    }

    /** Creates the offer (then opens its page) or saves the changes of this one. */
    public String saveOffer() {
        if (offer == null) {
            OfferSummary created = UiMessages.attemptOrNull(
                    () -> offers.createOffer(offerForm.details(), offerForm.getCirconscriptionCode()));
            if (created == null) {
                return null;
            }
            UiMessages.info("offers.created", created.title());
            return "/training/offer.xhtml?faces-redirect=true&id=" + created.id();
        }
        UiMessages.attempt(() -> {
            OfferSummary saved = offers.updateOffer(offer.id(), offerForm.details());
            UiMessages.info("offers.updated", saved.title());
            reload();
            offerForm = OfferForm.of(offer);
        });
        return null;
    }

    public void publish() {
        UiMessages.attempt(() -> UiMessages.info("offers.published", offers.publish(offer.id()).title()));
        refresh();
    }

    public void cancelOffer() {
        UiMessages.attempt(() -> UiMessages.info("offers.offerCancelled", offers.cancelOffer(offer.id()).title()));
        refresh();
    }

    /** The sentence telling who sees the offer once published: how many teachers, of which public. */
    public String getAudienceSentence() {
        if (offer == null) {
            return "";
        }
        String who = offer.category() == OfferCategory.DEPARTEMENTALE
                ? UiMessages.text("offer.audience.departement", audience)
                : UiMessages.text("offer.audience.circonscription", audience, offer.circonscriptionName());
        StringBuilder sentence = new StringBuilder(who);
        if (!offer.targetCycles().isEmpty()) {
            sentence.append(UiMessages.text("offer.audience.cycles", offer.targetCycles().stream().sorted()
                    .map(c -> UiMessages.text("cycle." + c)).collect(Collectors.joining(", "))));
        }
        if (!offer.targetSchoolNames().isEmpty()) {
            sentence.append(UiMessages.text("offer.audience.schools", String.join(", ", offer.targetSchoolNames())));
        }
        return sentence.append('.').toString();
    }

    /** Opens the session dialog empty, for a new session of this offer. */
    public void newSession() {
        sessionForm = new SessionForm();
        sessionForm.setOfferId(offer.id());
    }

    public void editSession(SessionSummary session) {
        sessionForm = SessionForm.of(session);
    }

    /** Adds or saves the session of the dialog; says what to look at again. Closes the dialog once saved. */
    public void saveSession() {
        boolean saved = UiMessages.attempt(() -> {
            boolean editing = sessionForm.isEditing();
            SessionSummary session = editing ? offers.updateSession(sessionForm.getSessionId(), sessionForm.details())
                    : offers.addSession(offer.id(), sessionForm.details());
            UiMessages.info(editing ? "offers.sessionUpdated" : "offers.sessionAdded");
            warnAbout(session);
            SessionSummary shown = enrolmentsView.getSession();
            if (shown != null && shown.sessionId() == session.sessionId()) {
                enrolmentsView.show(session);
            }
        });
        if (saved) {
            PrimeFaces.current().executeScript("PF('sessionDialog').hide()");
            newSession();
        }
        refresh();
    }

    public void cancelSession(long session) {
        UiMessages.attempt(() -> {
            offers.cancelSession(session);
            UiMessages.info("offers.sessionCancelled");
        });
        refresh();
    }

    void refresh() {
        UiMessages.attempt(this::reload);
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

    /** The trainers whose name holds the text typed, by username. */
    public List<String> completeTrainer(String text) {
        String wanted = text == null ? "" : text.toLowerCase(Locale.ROOT).trim();
        return trainerChoices.stream().filter(t -> t.name().toLowerCase(Locale.ROOT).contains(wanted))
                .map(TrainerChoice::username).toList();
    }

    /** A trainer's name; the username itself for one no longer among the choices. */
    public String trainerName(String username) {
        return trainerChoices.stream().filter(t -> t.username().equals(username)).map(TrainerChoice::name)
                .findFirst().orElse(username);
    }

    /** Schools whose name, commune or UAI hold the text typed, as a place: "École X, 1 rue Y, 34500 Béziers". */
    public List<String> completePlace(String text) {
        return schools.items(new SchoolQuery(text, null, null, null, null, "name", true, 0, PLACE_PROPOSALS)).stream()
                .map(OfferView::place).toList();
    }

    private static String place(SchoolSummary school) {
        StringBuilder place = new StringBuilder(school.name());
        if (school.street() != null && !school.street().isBlank()) {
            place.append(", ").append(school.street());
        }
        place.append(", ");
        if (school.postcode() != null) {
            place.append(school.postcode()).append(' ');
        }
        return place.append(school.communeName()).toString();
    }

    /** The offer's sessions by date. */
    public List<SessionSummary> getSessions() {
        return offer == null ? List.of() : offer.sessions().stream()
                .sorted(Comparator.comparing(SessionSummary::startsAt)).toList();
    }

    public String statusClass() {
        if (offer == null) {
            return "status-neutral";
        }
        return switch (offer.status()) {
            case PUBLISHED -> "status-ok";
            case DRAFT -> "status-info";
            case CANCELLED -> "status-neutral";
        };
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public void setSessionId(Long sessionId) {
        this.sessionId = sessionId;
    }

    public boolean isLoaded() {
        return loaded;
    }

    public OfferSummary getOffer() {
        return offer;
    }

    public OfferForm getOfferForm() {
        return offerForm;
    }

    public SessionForm getSessionForm() {
        return sessionForm;
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

    public EquipmentType[] getEquipmentTypes() {
        return EquipmentType.values();
    }
}
