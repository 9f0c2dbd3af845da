package fr.tandem.equipment.ui;

import fr.tandem.equipment.boundary.EquipmentAudits;
import fr.tandem.equipment.model.AuditProgress;
import fr.tandem.equipment.model.AuditTarget;
import fr.tandem.platform.NotFound;
import fr.tandem.platform.ui.Downloads;
import fr.tandem.platform.ui.UiMessages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.primefaces.model.StreamedContent;

/**
 * One audit campaign: progress per school, "scan next" by serial number for a label whose QR code
 * cannot be read, the items not seen, the corrections, the exports and the closing.
 */
@Named
@ViewScoped
public class AuditCampaignView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient EquipmentAudits audits;

    private Long idParameter;
    private AuditProgress progress;
    private String serialNumber;

    /** Called by the view's metadata once the parameter is read; another city's campaign answers 404. */
    public void load() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            if (idParameter == null) {
                throw new NotFound("audit.notFound");
            }
            progress = audits.progress(idParameter);
        } catch (NotFound missing) {
            context.getExternalContext().responseSendError(404, null);
            context.responseComplete();
        }
    }

    /** Opens the audit form of the item whose serial number was typed. */
    public String scan() {
        return UiMessages.attemptOrNull(() -> {
            AuditTarget target = audits.target(progress.campaign().id(), null, serialNumber);
            return "/equipment/audit-scan.xhtml?faces-redirect=true&campaign=" + target.campaignId() + "&equipment="
                    + target.item().equipmentId();
        });
    }

    public void close() {
        UiMessages.attempt(() -> {
            audits.close(progress.campaign().id());
            progress = audits.progress(progress.campaign().id());
            EquipmentTexts.BUNDLE.info("eq.audit.closedNow", progress.campaign().name());
        });
    }

    public StreamedContent getCsv() {
        return Downloads.of(audits.csv(progress.campaign().id()), "text/csv; charset=UTF-8",
                "inventaire-" + progress.campaign().id() + ".csv");
    }

    public StreamedContent getPdf() {
        return Downloads.of(audits.pdf(progress.campaign().id()), "application/pdf",
                "inventaire-" + progress.campaign().id() + ".pdf");
    }

    public AuditProgress getProgress() {
        return progress;
    }

    public Long getIdParameter() {
        return idParameter;
    }

    public void setIdParameter(Long idParameter) {
        this.idParameter = idParameter;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public void setSerialNumber(String serialNumber) {
        this.serialNumber = serialNumber;
    }
}
