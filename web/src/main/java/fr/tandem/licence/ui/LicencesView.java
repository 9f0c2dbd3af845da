package fr.tandem.licence.ui;

import fr.tandem.licence.GrantSource;
import fr.tandem.licence.LicenceKind;
import fr.tandem.licence.LicenceTerms;
import fr.tandem.licence.RenewalMode;
import fr.tandem.licence.boundary.LicenceReminders;
import fr.tandem.licence.boundary.Licences;
import fr.tandem.licence.model.LicenceSummary;
import fr.tandem.licence.model.ProductSummary;
import fr.tandem.licence.model.ReminderSummary;
import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.export.ExcelExport;
import fr.tandem.platform.ui.Downloads;
import fr.tandem.platform.ui.UiMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
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

    @EJB
    transient Licences licences;

    @EJB
    transient LicenceReminders reminders;

    private List<LicenceSummary> list;
    private List<ProductSummary> products;
    private List<ReminderSummary> notices;
    private String stages;

    private Long productId;
    private LicenceKind kind = LicenceKind.PER_SEAT;
    private Integer seats;
    private String holderUai;
    private LocalDate validFrom;
    private LocalDate validUntil;
    private BigDecimal price;
    private String currency = "EUR";
    private GrantSource grantSource = GrantSource.NONE;
    private Integer grantPercent = 0;
    private String orderNumber;
    private String contractReference;
    private boolean transferable = true;
    private RenewalMode renewal = RenewalMode.MANUAL;
    private Integer renewalMonths = 12;
    private Integer lowSeatThreshold;
    private String notes;

    @PostConstruct
    void load() {
        list = licences.licences();
        products = licences.products();
        notices = reminders.notices();
        stages = reminders.stages().text();
    }

    public void create() {
        try {
            LicenceSummary created = licences.createLicence(new LicenceTerms(productId, kind, seats, holderUai, validFrom,
                    validUntil, price, currency, grantSource, grantPercent, orderNumber, contractReference,
                    transferable, renewal, renewalMonths, lowSeatThreshold, notes));
            LicenceTexts.BUNDLE.info("list.created", created.id());
            seats = null;
            holderUai = null;
            orderNumber = null;
            contractReference = null;
            notes = null;
        } catch (RuleViolation invalid) {
            UiMessages.error(invalid);
        }
        load();
    }

    public void saveStages() {
        try {
            LicenceTexts.BUNDLE.info("notices.stagesSaved", reminders.changeStages(stages).text());
        } catch (RuleViolation invalid) {
            UiMessages.error(invalid);
        }
        load();
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

    public String day(LocalDate day) {
        return day == null ? "" : day.format(DAY);
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

    public List<LicenceSummary> getList() {
        return list;
    }

    public List<ProductSummary> getProducts() {
        return products;
    }

    public List<ReminderSummary> getNotices() {
        return notices;
    }

    public String getStages() {
        return stages;
    }

    public void setStages(String stages) {
        this.stages = stages;
    }

    public Long getProductId() {
        return productId;
    }

    public void setProductId(Long productId) {
        this.productId = productId;
    }

    public LicenceKind getKind() {
        return kind;
    }

    public void setKind(LicenceKind kind) {
        this.kind = kind;
    }

    public Integer getSeats() {
        return seats;
    }

    public void setSeats(Integer seats) {
        this.seats = seats;
    }

    public String getHolderUai() {
        return holderUai;
    }

    public void setHolderUai(String holderUai) {
        this.holderUai = holderUai;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public GrantSource getGrantSource() {
        return grantSource;
    }

    public void setGrantSource(GrantSource grantSource) {
        this.grantSource = grantSource;
    }

    public Integer getGrantPercent() {
        return grantPercent;
    }

    public void setGrantPercent(Integer grantPercent) {
        this.grantPercent = grantPercent;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public void setOrderNumber(String orderNumber) {
        this.orderNumber = orderNumber;
    }

    public String getContractReference() {
        return contractReference;
    }

    public void setContractReference(String contractReference) {
        this.contractReference = contractReference;
    }

    public boolean isTransferable() {
        return transferable;
    }

    public void setTransferable(boolean transferable) {
        this.transferable = transferable;
    }

    public RenewalMode getRenewal() {
        return renewal;
    }

    public void setRenewal(RenewalMode renewal) {
        this.renewal = renewal;
    }

    public Integer getRenewalMonths() {
        return renewalMonths;
    }

    public void setRenewalMonths(Integer renewalMonths) {
        this.renewalMonths = renewalMonths;
    }

    public Integer getLowSeatThreshold() {
        return lowSeatThreshold;
    }

    public void setLowSeatThreshold(Integer lowSeatThreshold) {
        this.lowSeatThreshold = lowSeatThreshold;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
