package fr.tandem.licence.ui;

import fr.tandem.licence.AssignmentTarget;
import fr.tandem.licence.LicenceDocument;
import fr.tandem.licence.LicenceTerms;
import fr.tandem.licence.boundary.Licences;
import fr.tandem.licence.model.AssignmentRequest;
import fr.tandem.licence.model.AssignmentSummary;
import fr.tandem.licence.model.BulkAssignment;
import fr.tandem.licence.model.BulkPreview;
import fr.tandem.licence.model.DocumentFile;
import fr.tandem.licence.model.DocumentSummary;
import fr.tandem.licence.model.LicenceSummary;
import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.ui.Downloads;
import fr.tandem.platform.ui.UiMessages;
import fr.tandem.school.SchoolKind;
import fr.tandem.school.boundary.Schools;
import fr.tandem.school.model.CirconscriptionSummary;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.StreamedContent;

/**
 * One licence for city staff: its terms, its assignments (release), assigning seats to a school,
 * class or teacher, bulk assignment with a preview, renewal and cancellation.
 */
@Named
@ViewScoped
public class LicenceView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Licences licences;

    @EJB
    transient Schools schools;

    private long id;
    private LicenceSummary licence;
    private List<AssignmentSummary> assignments = List.of();
    private List<DocumentSummary> documents = List.of();
    private transient Part documentFile;
    private List<CirconscriptionSummary> circonscriptions;

    private String uai;
    private AssignmentTarget target = AssignmentTarget.SCHOOL;
    private String className;
    private String teacherUsername;
    private Integer seats = 1;

    private String bulkCirconscription;
    private SchoolKind bulkKind;
    private Integer bulkSeats = 1;
    private BulkPreview preview;

    private Long moveAssignmentId;
    private String moveUai;
    private AssignmentTarget moveTarget = AssignmentTarget.SCHOOL;
    private String moveClassName;
    private String moveTeacherUsername;

    private Integer editSeats;
    private LocalDate editFrom;
    private LocalDate editUntil;
    private BigDecimal editPrice;
    private Integer editGrantPercent;
    private String editOrderNumber;
    private String editContract;
    private Integer editLowSeats;
    private String editNotes;

    /** Called from the view parameter. */
    public void load() {
        try {
            licence = licences.licence(id);
            assignments = licences.assignments(id);
            documents = licences.documents(id);
            editSeats = licence.seats();
            editFrom = licence.validFrom();
            editUntil = licence.validUntil();
            editPrice = licence.price();
            editGrantPercent = licence.grantPercent();
            editOrderNumber = licence.orderNumber();
            editContract = licence.contractReference();
            editLowSeats = licence.lowSeatThreshold();
            editNotes = licence.notes();
        } catch (RuleViolation missing) {
            licence = null;
            UiMessages.error(missing);
        }
        if (circonscriptions == null) {
            circonscriptions = schools.circonscriptions();
        }
    }

    /** Saves the terms city staff may change here; product, kind, school and funding source stay. */
    public void save() {
        try {
            LicenceSummary l = licences.licence(id);
            licences.updateLicence(id, new LicenceTerms(l.productId(), l.kind(), editSeats, l.holderUai(), editFrom,
                    editUntil, editPrice, l.currency(), l.grantSource(), editGrantPercent, editOrderNumber, editContract,
                    l.transferable(), l.renewal(), l.renewalMonths(), editLowSeats, editNotes));
            LicenceTexts.BUNDLE.info("licence.saved");
        } catch (RuleViolation refused) {
            UiMessages.error(refused);
        }
        load();
    }

    public void assign() {
        try {
            AssignmentSummary given = licences.assign(id, new AssignmentRequest(uai, target, className, teacherUsername,
                    seats));
            LicenceTexts.BUNDLE.info("licence.assigned", given.seats(), given.schoolName());
            uai = null;
            className = null;
            teacherUsername = null;
        } catch (RuleViolation refused) {
            UiMessages.error(refused);
        }
        load();
    }

    /** Moves an assignment's seats to another school, class or teacher (transferable licences only). */
    public void reassign() {
        try {
            AssignmentSummary moved = licences.reassign(moveAssignmentId == null ? -1 : moveAssignmentId,
                    new AssignmentRequest(moveUai, moveTarget, moveClassName, moveTeacherUsername, null));
            LicenceTexts.BUNDLE.info("licence.assigned", moved.seats(), moved.schoolName());
            moveAssignmentId = null;
            moveUai = null;
            moveClassName = null;
            moveTeacherUsername = null;
        } catch (RuleViolation refused) {
            UiMessages.error(refused);
        }
        load();
    }

    /** The assignments still holding seats, for the reassignment list. */
    public List<AssignmentSummary> getActiveAssignments() {
        return assignments.stream().filter(a -> a.releasedAt() == null).toList();
    }

    public void release(long assignmentId) {
        try {
            licences.release(assignmentId);
            LicenceTexts.BUNDLE.info("licence.released");
        } catch (RuleViolation refused) {
            UiMessages.error(refused);
        }
        load();
    }

    public void previewBulk() {
        try {
            preview = licences.previewBulk(id, bulk());
        } catch (RuleViolation refused) {
            preview = null;
            UiMessages.error(refused);
        }
    }

    public void confirmBulk() {
        try {
            BulkPreview done = licences.bulkAssign(id, bulk());
            LicenceTexts.BUNDLE.info("licence.bulkDone", done.seatsNeeded(), done.lines().size());
            preview = null;
        } catch (RuleViolation refused) {
            UiMessages.error(refused);
        }
        load();
    }

    private BulkAssignment bulk() {
        return new BulkAssignment(bulkCirconscription, bulkKind, bulkSeats);
    }

    public String renew() {
        try {
            LicenceSummary next = licences.renew(id);
            LicenceTexts.BUNDLE.info("licence.renewed", next.id());
            return "/licences/licence?faces-redirect=true&id=" + next.id();
        } catch (RuleViolation refused) {
            UiMessages.error(refused);
            load();
            return null;
        }
    }

    public void cancel() {
        try {
            licences.cancel(id);
            LicenceTexts.BUNDLE.info("licence.cancelled");
        } catch (RuleViolation refused) {
            UiMessages.error(refused);
        }
        load();
    }

    public void uploadDocument() {
        if (documentFile == null || documentFile.getSize() == 0) {
            LicenceTexts.BUNDLE.error("gar.noFile");
            return;
        }
        try (InputStream in = documentFile.getInputStream()) {
            byte[] content = in.readNBytes(LicenceDocument.MAX_BYTES + 1);
            DocumentSummary added = licences.addDocument(id, documentFile.getSubmittedFileName(), content);
            LicenceTexts.BUNDLE.info("licence.documentAdded", added.fileName());
        } catch (RuleViolation refused) {
            UiMessages.error(refused);
        } catch (IOException unreadable) {
            UiMessages.errorText("import.unreadable");
        }
        load();
    }

    /** A document offered for download. */
    public StreamedContent download(long documentId) {
        DocumentFile file = licences.document(documentId);
        return Downloads.of(file.content(), file.contentType(), file.fileName());
    }

    public List<DocumentSummary> getDocuments() {
        return documents;
    }

    public Part getDocumentFile() {
        return documentFile;
    }

    public void setDocumentFile(Part documentFile) {
        this.documentFile = documentFile;
    }

    public Integer getEditSeats() {
        return editSeats;
    }

    public void setEditSeats(Integer editSeats) {
        this.editSeats = editSeats;
    }

    public LocalDate getEditFrom() {
        return editFrom;
    }

    public void setEditFrom(LocalDate editFrom) {
        this.editFrom = editFrom;
    }

    public LocalDate getEditUntil() {
        return editUntil;
    }

    public void setEditUntil(LocalDate editUntil) {
        this.editUntil = editUntil;
    }

    public BigDecimal getEditPrice() {
        return editPrice;
    }

    public void setEditPrice(BigDecimal editPrice) {
        this.editPrice = editPrice;
    }

    public Integer getEditGrantPercent() {
        return editGrantPercent;
    }

    public void setEditGrantPercent(Integer editGrantPercent) {
        this.editGrantPercent = editGrantPercent;
    }

    public String getEditOrderNumber() {
        return editOrderNumber;
    }

    public void setEditOrderNumber(String editOrderNumber) {
        this.editOrderNumber = editOrderNumber;
    }

    public String getEditContract() {
        return editContract;
    }

    public void setEditContract(String editContract) {
        this.editContract = editContract;
    }

    public Integer getEditLowSeats() {
        return editLowSeats;
    }

    public void setEditLowSeats(Integer editLowSeats) {
        this.editLowSeats = editLowSeats;
    }

    public String getEditNotes() {
        return editNotes;
    }

    public void setEditNotes(String editNotes) {
        this.editNotes = editNotes;
    }

    public Long getMoveAssignmentId() {
        return moveAssignmentId;
    }

    public void setMoveAssignmentId(Long moveAssignmentId) {
        this.moveAssignmentId = moveAssignmentId;
    }

    public String getMoveUai() {
        return moveUai;
    }

    public void setMoveUai(String moveUai) {
        this.moveUai = moveUai;
    }

    public AssignmentTarget getMoveTarget() {
        return moveTarget;
    }

    public void setMoveTarget(AssignmentTarget moveTarget) {
        this.moveTarget = moveTarget;
    }

    public String getMoveClassName() {
        return moveClassName;
    }

    public void setMoveClassName(String moveClassName) {
        this.moveClassName = moveClassName;
    }

    public String getMoveTeacherUsername() {
        return moveTeacherUsername;
    }

    public void setMoveTeacherUsername(String moveTeacherUsername) {
        this.moveTeacherUsername = moveTeacherUsername;
    }

    public AssignmentTarget[] getTargets() {
        return AssignmentTarget.values();
    }

    public SchoolKind[] getSchoolKinds() {
        return SchoolKind.values();
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public LicenceSummary getLicence() {
        return licence;
    }

    public List<AssignmentSummary> getAssignments() {
        return assignments;
    }

    public List<CirconscriptionSummary> getCirconscriptions() {
        return circonscriptions;
    }

    public String getUai() {
        return uai;
    }

    public void setUai(String uai) {
        this.uai = uai;
    }

    public AssignmentTarget getTarget() {
        return target;
    }

    public void setTarget(AssignmentTarget target) {
        this.target = target;
    }

    public String getClassName() {
        return className;
    }

    public void setClassName(String className) {
        this.className = className;
    }

    public String getTeacherUsername() {
        return teacherUsername;
    }

    public void setTeacherUsername(String teacherUsername) {
        this.teacherUsername = teacherUsername;
    }

    public Integer getSeats() {
        return seats;
    }

    public void setSeats(Integer seats) {
        this.seats = seats;
    }

    public String getBulkCirconscription() {
        return bulkCirconscription;
    }

    public void setBulkCirconscription(String bulkCirconscription) {
        this.bulkCirconscription = bulkCirconscription;
    }

    public SchoolKind getBulkKind() {
        return bulkKind;
    }

    public void setBulkKind(SchoolKind bulkKind) {
        this.bulkKind = bulkKind;
    }

    public Integer getBulkSeats() {
        return bulkSeats;
    }

    public void setBulkSeats(Integer bulkSeats) {
        this.bulkSeats = bulkSeats;
    }

    public BulkPreview getPreview() {
        return preview;
    }
}
