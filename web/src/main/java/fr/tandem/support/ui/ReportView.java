package fr.tandem.support.ui;

import fr.tandem.equipment.boundary.EquipmentInventory;
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
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

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
    transient KnowledgeBase knowledge;

    private List<AnswerView> suggestions = List.of();

    private Long equipmentParameter;
    private EquipmentSummary equipment;
    private String schoolUai;
    private String room;
    private RequestCategory category;
    private String subject;
    private String description;
    private transient List<Part> files;

    /** Called by the view's metadata: the item of the QR code, if any. */
    public void load() {
        if (equipmentParameter == null) {
            return;
        }
        UiMessages.attempt(() -> {
            equipment = inventory.find(equipmentParameter);
            schoolUai = equipment.schoolUai();
            room = equipment.room();
            category = RequestCategory.HARDWARE;
        });
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
