package fr.tandem.equipment.ui;

import fr.tandem.equipment.AuditFinding;
import fr.tandem.equipment.boundary.EquipmentAudits;
import fr.tandem.equipment.model.AuditLine;
import fr.tandem.equipment.model.AuditTarget;
import fr.tandem.equipment.model.Sighting;
import fr.tandem.platform.NotFound;
import fr.tandem.platform.ui.UiMessages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/**
 * The audit form a label's QR code opens for city staff while a campaign expects the item, made for a
 * phone: the item, its room (confirm or correct) and its state, one button to confirm.
 */
@Named
@ViewScoped
public class AuditScanView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient EquipmentAudits audits;

    private Long campaignParameter;
    private Long equipmentParameter;
    private AuditTarget target;
    private String room;
    private AuditFinding finding;
    private AuditLine recorded;

    /**
     * Called by the view's metadata once the parameters are read; a campaign of another city, or an
     * item it does not expect, answers 404.
     */
    public void load() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            if (campaignParameter == null || equipmentParameter == null) {
                throw new NotFound("audit.notFound");
            }
            target = audits.target(campaignParameter, equipmentParameter, null);
        } catch (NotFound missing) {
            context.getExternalContext().responseSendError(404, null);
            context.responseComplete();
            return;
        }
        AuditLine item = target.item();
        room = item.seen() ? item.seenRoom() : item.expectedRoom();
        finding = item.seen() ? item.finding() : AuditFinding.of(item.expectedStatus());
    }

    public void confirm() {
        UiMessages.attempt(() -> {
            recorded = audits.sight(target.campaignId(), new Sighting(target.item().equipmentId(), null, room, finding));
            target = audits.target(target.campaignId(), target.item().equipmentId(), null);
            EquipmentTexts.BUNDLE.info(recorded.corrected() ? "eq.audit.corrected" : "eq.audit.confirmed",
                    recorded.serialNumber());
        });
    }

    public AuditFinding[] getFindings() {
        return AuditFinding.values();
    }

    public AuditTarget getTarget() {
        return target;
    }

    public AuditLine getRecorded() {
        return recorded;
    }

    public Long getCampaignParameter() {
        return campaignParameter;
    }

    public void setCampaignParameter(Long campaignParameter) {
        this.campaignParameter = campaignParameter;
    }

    public Long getEquipmentParameter() {
        return equipmentParameter;
    }

    public void setEquipmentParameter(Long equipmentParameter) {
        this.equipmentParameter = equipmentParameter;
    }

    public String getRoom() {
        return room;
    }

    public void setRoom(String room) {
        this.room = room;
    }

    public AuditFinding getFinding() {
        return finding;
    }

    public void setFinding(AuditFinding finding) {
        this.finding = finding;
    }
}
