package fr.tandem.licence.ui;

import fr.tandem.licence.GrantSource;
import fr.tandem.licence.LicenceKind;
import fr.tandem.licence.LicenceTerms;
import fr.tandem.licence.RenewalMode;
import fr.tandem.licence.model.LicenceSummary;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The terms of a licence as city staff type them: every term for a new licence, or those they may
 * change on an existing one (product, kind, school, currency, funding source, transfer and renewal stay).
 */
public class LicenceTermsForm implements Serializable {

    private static final long serialVersionUID = 1L;

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
    private Long cityId;

    /** The form filled with a licence's terms to change them. */
    static LicenceTermsForm of(LicenceSummary licence) {
        LicenceTermsForm form = new LicenceTermsForm();
        form.seats = licence.seats();
        form.validFrom = licence.validFrom();
        form.validUntil = licence.validUntil();
        form.price = licence.price();
        form.grantPercent = licence.grantPercent();
        form.orderNumber = licence.orderNumber();
        form.contractReference = licence.contractReference();
        form.lowSeatThreshold = licence.lowSeatThreshold();
        form.notes = licence.notes();
        return form;
    }

    /** The terms of a new licence. */
    LicenceTerms terms() {
        return new LicenceTerms(productId, kind, seats, holderUai, validFrom, validUntil, price, currency, grantSource,
                grantPercent, orderNumber, contractReference, transferable, renewal, renewalMonths, lowSeatThreshold,
                notes, cityId);
    }

    /** The changed terms of a licence, with the terms that stay taken from the licence as it is now. */
    LicenceTerms changing(LicenceSummary current) {
        return new LicenceTerms(current.productId(), current.kind(), seats, current.holderUai(), validFrom, validUntil,
                price, current.currency(), current.grantSource(), grantPercent, orderNumber, contractReference,
                current.transferable(), current.renewal(), current.renewalMonths(), lowSeatThreshold, notes, null);
    }

    /** Empties what differs from one licence to the next, after one was created; the choices stay. */
    void clearForNextLicence() {
        seats = null;
        holderUai = null;
        orderNumber = null;
        contractReference = null;
        notes = null;
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

    /** The city of a new licence, chosen by an administrator. */
    public Long getCityId() {
        return cityId;
    }

    public void setCityId(Long cityId) {
        this.cityId = cityId;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
