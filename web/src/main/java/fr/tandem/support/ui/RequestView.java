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
import fr.tandem.support.model.RequestSummary;
import fr.tandem.support.model.SatisfactionForm;
import fr.tandem.support.model.StaffMember;
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
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.primefaces.model.StreamedContent;

/**
 * One request: its facts, its thread and files, and the steps the person may take — city staff
 * assign, start, ask, reply or write an internal note, resolve (keeping the item out of service or
 * not), close, link an item, pass a training need on, go to the next request of the queue they came
 * from; the school answers, closes or reopens; the teacher who made the request rates its
 * resolution in one click (satisfied or not, with a comment). Each step says what it did.
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
    private boolean itemBackInService = true;
    private String ratingComment;
    private final QueueFilters filters = new QueueFilters();
    private transient Part file;

    /** Called by the view's metadata once the parameter is read. */
    public void load() {
        if (idParameter == null) {
            return;
        }
        UiMessages.attempt(() -> {
            detail = requests.find(idParameter);
            ratingComment = detail.satisfaction() == null ? null : detail.satisfaction().comment();
            FacesContext context = FacesContext.getCurrentInstance();
            if (context.getExternalContext().isUserInRole("CITY_STAFF") || context.getExternalContext().isUserInRole("ADMIN")) {
                staff = queue.staff();
                schoolEquipment = inventory.search(EquipmentQuery.all(detail.summary().schoolUai())).items().stream()
                        .filter(item -> item.status() != EquipmentStatus.RETIRED).toList();
                assignee = detail.summary().assigneeUsername() == null
                        ? context.getExternalContext().getRemoteUser() : detail.summary().assigneeUsername();
                equipmentId = detail.summary().equipmentId();
            }
        });
    }

    /** Takes a step, then says what it did: the message's key gets the changed request. */
    private void step(Supplier<RequestSummary> action, String key, Function<RequestSummary, Object> argument) {
        UiMessages.attempt(() -> {
            RequestSummary changed = action.get();
            text = null;
            detail = requests.find(idParameter);
            SupportTexts.BUNDLE.info(key, argument.apply(changed));
        });
    }

    /** The teacher's one-click rating of the resolution, with the comment typed (if any). */
    public void rate(boolean satisfied) {
        UiMessages.attempt(() -> {
            requests.rate(idParameter, new SatisfactionForm(satisfied, ratingComment));
            detail = requests.find(idParameter);
            SupportTexts.BUNDLE.info(satisfied ? "sup.rating.thanks.satisfied" : "sup.rating.thanks.notSatisfied");
        });
    }

    public String getRatingComment() {
        return ratingComment;
    }

    public void setRatingComment(String ratingComment) {
        this.ratingComment = ratingComment;
    }

    public void assign() {
        step(() -> queue.assign(idParameter, assignee), "sup.done.assigned", RequestSummary::assigneeName);
    }

    public void start() {
        step(() -> queue.start(idParameter), "sup.done.started", RequestSummary::assigneeName);
    }

    public void ask() {
        step(() -> queue.askTeacher(idParameter, text), "sup.done.asked", RequestSummary::requesterName);
    }

    public void resolve() {
        step(() -> queue.resolve(idParameter, text, itemBackInService), "sup.done.resolved",
                r -> r.equipmentId() == null ? "" : SupportTexts.BUNDLE.text(itemBackInService
                        ? "sup.done.resolved.inService" : "sup.done.resolved.outOfService", r.equipmentSerial()));
    }

    /** A message: from city staff, a reply to the school; from the school, a message to the city. */
    public void comment() {
        boolean staff = FacesContext.getCurrentInstance().getExternalContext().isUserInRole("CITY_STAFF")
                || FacesContext.getCurrentInstance().getExternalContext().isUserInRole("ADMIN");
        step(() -> requests.comment(idParameter, text), staff ? "sup.done.replied" : "sup.done.commented",
                RequestSummary::requesterName);
    }

    public void note() {
        step(() -> queue.note(idParameter, text), "sup.done.noted", r -> null);
    }

    public void close() {
        step(() -> requests.close(idParameter), "sup.done.closed", RequestSummary::id);
    }

    public void reopen() {
        step(() -> requests.reopen(idParameter, text), "sup.done.reopened", RequestSummary::id);
    }

    public void refer() {
        step(() -> queue.referToInspector(idParameter), "sup.done.referred", RequestSummary::schoolName);
    }

    /** Opens the next request of the queue the person came from (its filters and order), or says there is none. */
    public void next() throws IOException {
        Optional<Long> next = queue.next(filters.query(), idParameter);
        if (next.isEmpty()) {
            SupportTexts.BUNDLE.info("sup.next.none");
            return;
        }
        String query = filters.queryString();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/support/request.xhtml?id=" + next.get()
                + (query.isEmpty() ? "" : "&" + query));
    }

    /** The queue's address with the filters it had. */
    public String getQueueQuery() {
        return filters.queryString();
    }

    public void link() {
        if (equipmentId == null) {
            UiMessages.error(new RuleViolation("equipment.notFound"));
            return;
        }
        step(() -> queue.linkEquipment(idParameter, equipmentId), "sup.done.linked", RequestSummary::equipmentSerial);
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
        String name = file.getSubmittedFileName();
        step(() -> requests.addAttachment(idParameter, new Upload(name, content)), "sup.done.attached", r -> name);
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

    public QueueFilters getFilters() {
        return filters;
    }

    public boolean isItemBackInService() {
        return itemBackInService;
    }

    public void setItemBackInService(boolean itemBackInService) {
        this.itemBackInService = itemBackInService;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
