package fr.tandem.plan.ui;

import fr.tandem.plan.boundary.GrantClaims;
import fr.tandem.plan.model.ClaimDetail;
import fr.tandem.plan.model.ClaimPayment;
import fr.tandem.plan.model.ClaimTotal;
import fr.tandem.platform.Language;
import fr.tandem.platform.export.ExcelExport;
import fr.tandem.platform.ui.BarChart;
import fr.tandem.platform.ui.Downloads;
import fr.tandem.platform.ui.UiMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.StreamedContent;

/**
 * One grant claim: its facts, totals per school (table and chart) and per school year, its lines as
 * claimed, its files (PDF summary, Excel detail, in French or English), and for city staff and
 * administrators the funder's payment and the cancellation while it is submitted.
 */
@Named
@ViewScoped
public class ClaimView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient GrantClaims claims;

    private Long idParameter;
    private ClaimDetail claim;
    private String fileLanguage = Language.FRENCH.code();
    private BigDecimal amountReceived;
    private LocalDate receivedOn;

    /** Called by the view's metadata once the parameter is read. */
    public void load() {
        if (idParameter != null) {
            claim = UiMessages.attemptOrNull(() -> claims.find(idParameter));
        }
    }

    public StreamedContent getPdf() {
        return Downloads.of(claims.pdf(claim.id(), Language.of(fileLanguage)), "application/pdf",
                claim.reference() + ".pdf");
    }

    public StreamedContent getExcel() {
        return Downloads.of(claims.excel(claim.id(), Language.of(fileLanguage)), ExcelExport.MEDIA_TYPE,
                claim.reference() + ".xlsx");
    }

    public void recordPayment() {
        UiMessages.attempt(() -> {
            claim = claims.recordPayment(claim.id(), new ClaimPayment(amountReceived, receivedOn, claim.version()));
            ClaimTexts.BUNDLE.info("claim.payment.recorded", claim.reference());
        });
    }

    public void cancel() {
        UiMessages.attempt(() -> {
            claim = claims.cancel(claim.id(), claim.version());
            ClaimTexts.BUNDLE.info("claim.cancelled", claim.reference());
        });
    }

    /** Bars of the amount claimed per school (the table next to it gives the same figures). */
    public String getChart() {
        List<ClaimTotal> schools = claim.bySchool();
        return BarChart.horizontal(schools.stream().map(this::label).toList(), List.of(new BarChart.Series(
                ClaimTexts.BUNDLE.text("claim.amount"), BarChart.DONE,
                schools.stream().map(ClaimTotal::amountClaimed).toList())));
    }

    /** A total's label: the school's name, or the city's schools as a whole. */
    public String label(ClaimTotal total) {
        return total.label() == null ? ClaimTexts.BUNDLE.text("claim.wholeCity") : total.label();
    }

    public ClaimDetail getClaim() {
        return claim;
    }

    public Long getIdParameter() {
        return idParameter;
    }

    public void setIdParameter(Long idParameter) {
        this.idParameter = idParameter;
    }

    public String getFileLanguage() {
        return fileLanguage;
    }

    public void setFileLanguage(String fileLanguage) {
        this.fileLanguage = fileLanguage;
    }

    public BigDecimal getAmountReceived() {
        return amountReceived;
    }

    public void setAmountReceived(BigDecimal amountReceived) {
        this.amountReceived = amountReceived;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }
}
