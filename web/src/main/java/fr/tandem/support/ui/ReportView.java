package fr.tandem.support.ui;

import fr.tandem.equipment.boundary.EquipmentAudits;
import fr.tandem.equipment.boundary.EquipmentInventory;
import fr.tandem.equipment.model.AuditTarget;
import fr.tandem.equipment.model.EquipmentSummary;
import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.ui.UiMessages;
import fr.tandem.support.AttachmentPolicy;
import fr.tandem.support.RequestCategory;
import fr.tandem.support.boundary.KnowledgeBase;
import fr.tandem.support.boundary.SupportRequests;
import fr.tandem.support.model.AnswerView;
import fr.tandem.support.model.RequestForm;
import fr.tandem.support.model.RequestSummary;
import fr.tandem.support.model.Upload;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The report form: school, room or item (pre-filled from the item's QR code, {@code ?equipment=}),
 * category, title, description and files. Files are checked by the boundary; a refused file
 * records nothing. While the title is typed, the best matching answers of the knowledge base are
 * offered; one that solves the problem ends there, without sending, and counts as a request spared.
 */
@Named
@ViewScoped
public class ReportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient SupportRequests requests;

    @EJB
    transient EquipmentInventory inventory;

    @EJB
    transient EquipmentAudits audits;

    @EJB
    transient KnowledgeBase knowledge;

    private List<AnswerView> suggestions = List.of();

    private Long equipmentParameter;
    private Boolean reportParameter;
    private EquipmentSummary equipment;
    private String schoolUai;
    private String room;
    private RequestCategory category;
    private String subject;
    private String description;
    private transient List<Part> files;

    /**
     * Called by the view's metadata: the item of the QR code, if any. City staff who scan a label while
     * a campaign of theirs expects the item are sent to its audit form instead (teachers still report;
     * {@code report=true}, the item page's button, reports whatever the audits).
     */
    public String load() {
        if (equipmentParameter == null) {
            return null;
        }
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        if (!Boolean.TRUE.equals(reportParameter)
                && (context.isUserInRole("CITY_STAFF") || context.isUserInRole("ADMIN"))) {
            Optional<AuditTarget> audit = audits.openTarget(equipmentParameter);
            if (audit.isPresent()) {
                return "/equipment/audit-scan.xhtml?faces-redirect=true&campaign=" + audit.get().campaignId()
                        + "&equipment=" + equipmentParameter;
            }
        }
        UiMessages.attempt(() -> {
            equipment = inventory.find(equipmentParameter);
            schoolUai = equipment.schoolUai();
            room = equipment.room();
            category = RequestCategory.HARDWARE;
        });
        return null;
    }

    public String send() throws IOException {
        List<Upload> uploads = new ArrayList<>();
        for (Part part : files == null ? List.<Part>of() : files) {
            if (part.getSize() == 0) {
                continue;
            }
            if (part.getSize() > AttachmentPolicy.MAX_BYTES) {
                UiMessages.error(new RuleViolation("support.file.tooLarge", part.getSubmittedFileName(),
                        AttachmentPolicy.MAX_BYTES / 1024 / 1024));
                return null;
            }
            try (InputStream in = part.getInputStream()) {
                uploads.add(new Upload(part.getSubmittedFileName(), in.readAllBytes()));
            }
        }
        return UiMessages.attemptOrNull(() -> {
            RequestSummary sent = requests.report(new RequestForm(schoolUai, equipment == null ? null : equipment.id(),
                    room, category, subject, description), uploads);
            SupportTexts.BUNDLE.info("sup.sent", sent.id());
            return "/support/request.xhtml?faces-redirect=true&id=" + sent.id();
        });
    }

    /** The answers matching the title typed so far. */
    public void suggest() {
        UiMessages.attempt(() -> suggestions = knowledge.suggestions(subject));
    }

    /** The answer solved the problem: nothing is sent, and the request spared is counted. */
    public String solved(long answerId) {
        return UiMessages.attemptOrNull(() -> {
            knowledge.solved(answerId);
            SupportTexts.BUNDLE.info("sup.suggest.thanks");
            return "/support/mine.xhtml?faces-redirect=true";
        });
    }

    public List<AnswerView> getSuggestions() {
        return suggestions;
    }

    public RequestCategory[] getCategories() {
        return RequestCategory.values();
    }

    public EquipmentSummary getEquipment() {
        return equipment;
    }

    public Boolean getReportParameter() {
        return reportParameter;
    }

    public void setReportParameter(Boolean reportParameter) {
        this.reportParameter = reportParameter;
    }

    public Long getEquipmentParameter() {
        return equipmentParameter;
    }

    public void setEquipmentParameter(Long equipmentParameter) {
        this.equipmentParameter = equipmentParameter;
    }

    public String getSchoolUai() {
        return schoolUai;
    }

    public void setSchoolUai(String schoolUai) {
        this.schoolUai = schoolUai;
    }

    public String getRoom() {
        return room;
    }

    public void setRoom(String room) {
        this.room = room;
    }

    public RequestCategory getCategory() {
        return category;
    }

    public void setCategory(RequestCategory category) {
        this.category = category;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<Part> getFiles() {
        return files;
    }

    public void setFiles(List<Part> files) {
        this.files = files;
    }
}
