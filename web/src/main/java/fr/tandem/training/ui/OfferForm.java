package fr.tandem.training.ui;

import fr.tandem.equipment.EquipmentType;
import fr.tandem.platform.ui.ParisTime;
import fr.tandem.training.CreditedHours;
import fr.tandem.training.Cycle;
import fr.tandem.training.Modality;
import fr.tandem.training.OfferCategory;
import fr.tandem.training.OfferDetails;
import fr.tandem.training.OfferNature;
import fr.tandem.training.TrainingOffer;
import fr.tandem.training.model.OfferSummary;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * What the inspector types in the offer form: hours as a decimal (quarter hours), the enrolment
 * window as days in Paris time (the closing day included), the target public as cycles and UAIs,
 * the equipment taught as types.
 */
public class OfferForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long offerId;
    private String circonscriptionCode;
    private String title;
    private String description;
    private String topic;
    private OfferCategory category = OfferCategory.OPTIONNELLE;
    private OfferNature nature = OfferNature.ANIMATION_PEDAGOGIQUE;
    private Modality modality = Modality.PRESENTIEL;
    private BigDecimal hours = new BigDecimal("3");
    private LocalDate enrolmentOpens = LocalDate.now(ParisTime.ZONE);
    private LocalDate enrolmentCloses;
    private boolean needsValidation;
    private boolean takenTogether;
    private List<Cycle> targetCycles = new ArrayList<>();
    private List<String> targetSchools = new ArrayList<>();
    private int reminderDaysBefore = TrainingOffer.DEFAULT_REMINDER_DAYS;
    private boolean onClassTime;
    private List<EquipmentType> equipmentTypes = new ArrayList<>();

    /** The form filled with an offer to change it. */
    static OfferForm of(OfferSummary offer) {
        OfferForm form = new OfferForm();
        form.offerId = offer.id();
        form.title = offer.title();
        form.description = offer.description();
        form.topic = offer.topic();
        form.category = offer.category();
        form.nature = offer.nature();
        form.modality = offer.modality();
        form.hours = new CreditedHours(offer.minutesCredited()).hours();
        form.enrolmentOpens = LocalDate.ofInstant(offer.enrolmentOpens(), ParisTime.ZONE);
        form.enrolmentCloses = LocalDate.ofInstant(offer.enrolmentCloses().minusSeconds(1), ParisTime.ZONE);
        form.needsValidation = offer.needsValidation();
        form.takenTogether = offer.takenTogether();
        form.targetCycles = new ArrayList<>(offer.targetCycles());
        form.targetSchools = new ArrayList<>(offer.targetSchools());
        form.reminderDaysBefore = offer.reminderDaysBefore();
        form.onClassTime = offer.onClassTime();
        form.equipmentTypes = new ArrayList<>(offer.equipmentTypes());
        return form;
    }

    OfferDetails details() {
        return new OfferDetails(title, description, topic, category, nature, modality,
                CreditedHours.minutesIn(hours), startOfDay(enrolmentOpens),
                enrolmentCloses == null ? null : startOfDay(enrolmentCloses.plusDays(1)), needsValidation,
                targetCycles.isEmpty() ? EnumSet.noneOf(Cycle.class) : EnumSet.copyOf(targetCycles),
                List.copyOf(targetSchools), takenTogether, reminderDaysBefore, onClassTime,
                equipmentTypes.isEmpty() ? EnumSet.noneOf(EquipmentType.class) : EnumSet.copyOf(equipmentTypes));
    }

    private static Instant startOfDay(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ParisTime.ZONE).toInstant();
    }

    public boolean isEditing() {
        return offerId != null;
    }

    public Long getOfferId() {
        return offerId;
    }

    public String getCirconscriptionCode() {
        return circonscriptionCode;
    }

    public void setCirconscriptionCode(String circonscriptionCode) {
        this.circonscriptionCode = circonscriptionCode;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public OfferCategory getCategory() {
        return category;
    }

    public void setCategory(OfferCategory category) {
        this.category = category;
    }

    public OfferNature getNature() {
        return nature;
    }

    public void setNature(OfferNature nature) {
        this.nature = nature;
    }

    public Modality getModality() {
        return modality;
    }

    public void setModality(Modality modality) {
        this.modality = modality;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public void setHours(BigDecimal hours) {
        this.hours = hours;
    }

    public LocalDate getEnrolmentOpens() {
        return enrolmentOpens;
    }

    public void setEnrolmentOpens(LocalDate enrolmentOpens) {
        this.enrolmentOpens = enrolmentOpens;
    }

    public LocalDate getEnrolmentCloses() {
        return enrolmentCloses;
    }

    public void setEnrolmentCloses(LocalDate enrolmentCloses) {
        this.enrolmentCloses = enrolmentCloses;
    }

    public boolean isNeedsValidation() {
        return needsValidation;
    }

    public void setNeedsValidation(boolean needsValidation) {
        this.needsValidation = needsValidation;
    }

    public boolean isTakenTogether() {
        return takenTogether;
    }

    public void setTakenTogether(boolean takenTogether) {
        this.takenTogether = takenTogether;
    }

    public boolean isOnClassTime() {
        return onClassTime;
    }

    public void setOnClassTime(boolean onClassTime) {
        this.onClassTime = onClassTime;
    }

    public int getReminderDaysBefore() {
        return reminderDaysBefore;
    }

    public void setReminderDaysBefore(int reminderDaysBefore) {
        this.reminderDaysBefore = reminderDaysBefore;
    }

    /** An array, so that Faces converts the checked values to cycles by itself. */
    public Cycle[] getTargetCycles() {
        return targetCycles.toArray(new Cycle[0]);
    }

    public void setTargetCycles(Cycle[] targetCycles) {
        this.targetCycles = targetCycles == null ? new ArrayList<>() : new ArrayList<>(List.of(targetCycles));
    }

    /** An array, so that Faces converts the checked values to equipment types by itself. */
    public EquipmentType[] getEquipmentTypes() {
        return equipmentTypes.toArray(new EquipmentType[0]);
    }

    public void setEquipmentTypes(EquipmentType[] equipmentTypes) {
        this.equipmentTypes = equipmentTypes == null ? new ArrayList<>() : new ArrayList<>(List.of(equipmentTypes));
    }

    public List<String> getTargetSchools() {
        return targetSchools;
    }

    public void setTargetSchools(List<String> targetSchools) {
        this.targetSchools = targetSchools == null ? new ArrayList<>() : new ArrayList<>(targetSchools);
    }
}
