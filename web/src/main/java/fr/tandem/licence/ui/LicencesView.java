package fr.tandem.licence.ui;

import fr.tandem.licence.GrantSource;
import fr.tandem.licence.LicenceKind;
import fr.tandem.licence.RenewalMode;
import fr.tandem.licence.boundary.LicenceReminders;
import fr.tandem.licence.boundary.Licences;
import fr.tandem.licence.model.CityChoice;
import fr.tandem.licence.model.LicenceSummary;
import fr.tandem.licence.model.ProductSummary;
import fr.tandem.licence.model.ReminderSummary;
import fr.tandem.platform.export.ExcelExport;
import fr.tandem.platform.reminder.ReminderStagesSettings;
import fr.tandem.platform.ui.Downloads;
import fr.tandem.platform.ui.UiMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.primefaces.model.StreamedContent;

/**
 * City staff's licence page: every licence with its seats and days left, the form of a new
 * licence, exports, and the reminder notices with their stages.
 */
@Named
@ViewScoped
public class LicencesView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String LICENCE_STAGES = "licence.reminder.stages";

    @EJB
    transient Licences licences;

    @EJB
    transient LicenceReminders reminders;

    @EJB
    transient ReminderStagesSettings allStages;

    private List<LicenceSummary> list;
    private List<ProductSummary> products;
    private List<CityChoice> cities;
    private List<ReminderSummary> notices;
    private String stages;
    /** The stages of the other reminders (equipment warranties, contracts), one row per setting. */
    private List<OtherStages> otherStages;
    private String search;
    /** The licences the table shows (those searched), which the table sorts in place. */
    private List<LicenceSummary> shown;

    private final LicenceTermsForm form = new LicenceTermsForm();

    @PostConstruct
    void load() {
        list = licences.licences();
        shown = null;
        products = licences.products();
        cities = licences.ownerCities();
        notices = reminders.notices();
        stages = reminders.stages().text();
        otherStages = allStages.all().entrySet().stream().filter(e -> !e.getKey().equals(LICENCE_STAGES))
                .map(e -> new OtherStages(e.getKey(), e.getValue().text())).collect(Collectors.toCollection(ArrayList::new));
    }

    public void create() {
        UiMessages.attempt(() -> {
            LicenceTexts.BUNDLE.info("list.created", licences.createLicence(form.terms()).id());
            form.clearForNextLicence();
        });
        load();
    }

    /** Saves the licences' stages and the others' (each checked on its own: a wrong one is named, the rest saved). */
    public void saveStages() {
        UiMessages.attempt(() -> LicenceTexts.BUNDLE.info("notices.stagesSaved", reminders.changeStages(stages).text()));
        for (OtherStages other : otherStages) {
            UiMessages.attempt(() -> LicenceTexts.BUNDLE.info("notices.otherStagesSaved",
                    LicenceTexts.BUNDLE.text("notices.stages." + other.getSetting()),
                    allStages.change(other.getSetting(), other.getDays()).text()));
        }
        load();
    }

    /** The stages of one other setting, as the form edits them. */
    public static final class OtherStages implements Serializable {

        private static final long serialVersionUID = 1L;
        private final String setting;
        private String days;

        OtherStages(String setting, String days) {
            this.setting = setting;
            this.days = days;
        }

        public String getSetting() {
            return setting;
        }

        /** The label's text, in the reader's language. */
        public String getLabel() {
            return LicenceTexts.BUNDLE.text("notices.stages." + setting);
        }

        public String getDays() {
            return days;
        }

        public void setDays(String days) {
            this.days = days;
        }
    }

    public void runNow() {
        LicenceTexts.BUNDLE.info("notices.ran", reminders.runNow());
        load();
    }

    public void markRead(long id) {
        reminders.markRead(id);
        load();
    }

    /** The text of a notice in the reader's language. */
    public String noticeText(ReminderSummary notice) {
        return switch (notice.kind()) {
            case EXPIRY -> LicenceTexts.BUNDLE.text("notices.EXPIRY", notice.validUntil().format(DAY), notice.stageDays());
            case LOW_SEATS -> LicenceTexts.BUNDLE.text("notices.LOW_SEATS", notice.freeSeats());
        };
    }

    public StreamedContent getLicencesCsv() {
        return Downloads.of(licences.licencesCsv(), "text/csv; charset=UTF-8", "licences.csv");
    }

    public StreamedContent getLicencesExcel() {
        return Downloads.of(licences.licencesExcel(), ExcelExport.MEDIA_TYPE, "licences.xlsx");
    }

    public StreamedContent getAssignmentsCsv() {
        return Downloads.of(licences.assignmentsCsv(), "text/csv; charset=UTF-8", "affectations.csv");
    }

    public StreamedContent getAssignmentsExcel() {
        return Downloads.of(licences.assignmentsExcel(), ExcelExport.MEDIA_TYPE, "affectations.xlsx");
    }

    public LicenceKind[] getKinds() {
        return LicenceKind.values();
    }

    public GrantSource[] getGrantSources() {
        return GrantSource.values();
    }

    public RenewalMode[] getRenewals() {
        return RenewalMode.values();
    }

    /** The licences whose product, publisher, order number, contract, school or city hold every word searched. */
    public List<LicenceSummary> getList() {
        if (shown == null) {
            shown = new ArrayList<>(search == null || search.isBlank() ? list : searched());
        }
        return shown;
    }

    /** Keeps the table's order once it sorted the licences. */
    public void setList(List<LicenceSummary> sorted) {
        shown = sorted;
    }

    private List<LicenceSummary> searched() {
        Map<Long, String> publishers = products.stream()
                .collect(Collectors.toMap(ProductSummary::id, p -> p.publisher() == null ? "" : p.publisher()));
        List<String> words = List.of(fold(search).split("\\s+"));
        return list.stream().filter(l -> {
            String haystack = fold(String.join(" ", Objects.toString(l.productName(), ""),
                    publishers.getOrDefault(l.productId(), ""), Objects.toString(l.orderNumber(), ""),
                    Objects.toString(l.contractReference(), ""), Objects.toString(l.holderName(), ""),
                    Objects.toString(l.holderUai(), ""), Objects.toString(l.cityName(), ""), String.valueOf(l.id())));
            return words.stream().allMatch(haystack::contains);
        }).toList();
    }

    /** Lower case without accents, so that "ecole" finds "École". */
    private static String fold(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
        shown = null;
    }

    /** The cities an administrator chooses from; empty for city staff. */
    public List<CityChoice> getCities() {
        return cities;
    }

    public List<ProductSummary> getProducts() {
        return products;
    }

    public List<ReminderSummary> getNotices() {
        return notices;
    }

    public List<OtherStages> getOtherStages() {
        return otherStages;
    }

    public String getStages() {
        return stages;
    }

    public void setStages(String stages) {
        this.stages = stages;
    }

    public LicenceTermsForm getForm() {
        return form;
    }
}
