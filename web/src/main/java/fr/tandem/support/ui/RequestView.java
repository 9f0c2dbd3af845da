package fr.tandem.support.ui;

import fr.tandem.equipment.EquipmentStatus;
import fr.tandem.equipment.boundary.EquipmentInventory;
import fr.tandem.equipment.model.EquipmentQuery;
import fr.tandem.equipment.model.EquipmentSummary;
import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.ui.Downloads;
import fr.tandem.platform.ui.UiMessages;
import fr.tandem.support.AttachmentPolicy;
import fr.tandem.support.boundary.RequestQueue;
import fr.tandem.support.boundary.SupportRequests;
import fr.tandem.support.model.FileDownload;
import fr.tandem.support.model.RequestDetail;
import fr.tandem.support.model.StaffMember;
import fr.tandem.support.model.Upload;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import org.primefaces.model.StreamedContent;

/**
 * One request: its facts, its thread and files, and the steps the person may take — city staff
 * assign, start, ask, resolve, close, link an item, pass a training need on; the school answers,
 * closes or reopens.
 */
@Named
@ViewScoped
public class RequestView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient SupportRequests requests;

    @EJB
    transient RequestQueue queue;

    @EJB
    transient EquipmentInventory inventory;

    private Long idParameter;
    private RequestDetail detail;
    private List<StaffMember> staff = List.of();
    private List<EquipmentSummary> schoolEquipment = List.of();
    private String assignee;
    private String text;
    private Long equipmentId;
    private transient Part file;

    /** Called by the view's metadata once the parameter is read. */
    public void load() {
        if (idParameter == null) {
            return;
        }
        UiMessages.attempt(() -> {
            detail = requests.find(idParameter);
            FacesContext context = FacesContext.getCurrentInstance();
            if (context.getExternalContext().isUserInRole("CITY_STAFF") || context.getExternalContext().isUserInRole("ADMIN")) {
                staff = queue.staff();
                schoolEquipment = inventory.search(EquipmentQuery.all(detail.summary().schoolUai())).items().stream()
                        .filter(item -> item.status() != EquipmentStatus.RETIRED).toList();
                assignee = detail.summary().assigneeUsername() == null
                        ? context.getExternalContext().getRemoteUser() : detail.summary().assigneeUsername();
            }
        });
    }

    private void step(Supplier<?> action) {
        UiMessages.attempt(() -> {
            action.get();
            text = null;
            detail = requests.find(idParameter);
            SupportTexts.BUNDLE.info("sup.done");
        });
    }

    public void assign() {
        step(() -> queue.assign(idParameter, assignee));
    }

    public void start() {
        step(() -> queue.start(idParameter));
    }

    public void ask() {
        step(() -> queue.askTeacher(idParameter, text));
    }

    public void resolve() {
        step(() -> queue.resolve(idParameter, text));
    }

    public void comment() {
        step(() -> requests.comment(idParameter, text));
    }

    public void close() {
        step(() -> requests.close(idParameter));
    }

    public void reopen() {
        step(() -> requests.reopen(idParameter, text));
    }

    public void refer() {
        step(() -> queue.referToInspector(idParameter));
    }

    public void link() {
        if (equipmentId == null) {
            UiMessages.error(new RuleViolation("equipment.notFound"));
            return;
        }
        step(() -> queue.linkEquipment(idParameter, equipmentId));
    }

    public void attach() throws IOException {
        if (file == null || file.getSize() == 0) {
            UiMessages.error(new RuleViolation("support.file.empty", "?"));
            return;
        }
        if (file.getSize() > AttachmentPolicy.MAX_BYTES) {
            UiMessages.error(new RuleViolation("support.file.tooLarge", file.getSubmittedFileName(),
                    AttachmentPolicy.MAX_BYTES / 1024 / 1024));
            return;
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readAllBytes();
        }
        step(() -> requests.addAttachment(idParameter, new Upload(file.getSubmittedFileName(), content)));
    }

    public StreamedContent download(long attachmentId) {
        FileDownload found = requests.attachment(idParameter, attachmentId);
        return Downloads.of(found.content(), found.contentType(), found.fileName());
    }

    public RequestDetail getDetail() {
        return detail;
    }

    /** The school's items a request may be linked to (city staff). */
    public List<EquipmentSummary> getSchoolEquipment() {
        return schoolEquipment;
    }

    public List<StaffMember> getStaff() {
        return staff;
    }

    public Long getIdParameter() {
        return idParameter;
    }

    public void setIdParameter(Long idParameter) {
        this.idParameter = idParameter;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getEquipmentId() {
        return equipmentId;
    }

    public void setEquipmentId(Long equipmentId) {
        this.equipmentId = equipmentId;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
