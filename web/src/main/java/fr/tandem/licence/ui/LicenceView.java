package fr.tandem.licence.ui;

import fr.tandem.licence.AssignmentTarget;
import fr.tandem.licence.LicenceDocument;
import fr.tandem.licence.boundary.Licences;
import fr.tandem.licence.model.AssignmentRequest;
import fr.tandem.licence.model.AssignmentSummary;
import fr.tandem.licence.model.BulkPreview;
import fr.tandem.licence.model.Device;
import fr.tandem.licence.model.DocumentFile;
import fr.tandem.licence.model.DocumentSummary;
import fr.tandem.licence.model.LicenceSummary;
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
import java.util.Arrays;
import java.util.List;
import org.primefaces.model.StreamedContent;

/**
 * One licence for city staff: its terms, its assignments (release), assigning seats to a school,
 * class, teacher or device of a school, bulk assignment with a preview, renewal and cancellation.
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
    private LicenceTermsForm terms = new LicenceTermsForm();
    private final AssignmentForm assignment = AssignmentForm.ofOneSeat();
    private final ReassignmentForm move = new ReassignmentForm();
    private final BulkAssignmentForm bulk = new BulkAssignmentForm();
    private BulkPreview preview;
    private Long justReleased;
    private List<Device> devices = List.of();

    /** Called from the view parameter. */
    public void load() {
        if (!UiMessages.attempt(this::show)) {
            licence = null;
        }
        if (circonscriptions == null) {
            circonscriptions = schools.circonscriptions();
        }
    }

    private void show() {
        licence = licences.licence(id);
        assignments = licences.assignments(id);
        documents = licences.documents(id);
        terms = LicenceTermsForm.of(licence);
    }

    /** Saves the terms city staff may change here; product, kind, school and funding source stay. */
    public void save() {
        UiMessages.attempt(() -> {
            licences.updateLicence(id, terms.changing(licences.licence(id)));
            LicenceTexts.BUNDLE.info("licence.saved");
        });
        load();
    }

    public void assign() {
        UiMessages.attempt(() -> {
            AssignmentSummary given = licences.assign(id, assignment.request());
            LicenceTexts.BUNDLE.info("licence.assigned", given.seats(), given.schoolName());
            assignment.clearRecipient();
        });
        load();
    }

    /** Moves an assignment's seats to another school, class or teacher (transferable licences only). */
    public void reassign() {
        UiMessages.attempt(() -> {
            AssignmentSummary moved = licences.reassign(move.assignment(), move.request());
            LicenceTexts.BUNDLE.info("licence.assigned", moved.seats(), moved.schoolName());
            move.clearRecipient();
        });
        load();
    }

    /** The assignments still holding seats, for the reassignment list. */
    public List<AssignmentSummary> getActiveAssignments() {
        return assignments.stream().filter(a -> a.releasedAt() == null).toList();
    }

    /** Releases an assignment's seats; until the page is left, one click assigns them back while they are free. */
    public void release(long assignmentId) {
        UiMessages.attempt(() -> {
            licences.release(assignmentId);
            justReleased = assignmentId;
            LicenceTexts.BUNDLE.info("licence.releasedUndo");
        });
        load();
    }

    /** Assigns the seats just released back to the same school, class or teacher (a new assignment). */
    public void undoRelease(AssignmentSummary released) {
        UiMessages.attempt(() -> {
            AssignmentSummary given = licences.assign(id, new AssignmentRequest(released.uai(), released.target(),
                    released.className(), released.teacherUsername(), released.seats(), released.equipmentId()));
            justReleased = null;
            LicenceTexts.BUNDLE.info("licence.assigned", given.seats(), given.schoolName());
        });
        load();
    }

    /** The assignment released last on this page, which may be assigned back; null when none. */
    public Long getJustReleased() {
        return justReleased;
    }

    public void previewBulk() {
        preview = UiMessages.attemptOrNull(() -> licences.previewBulk(id, bulk.assignment()));
    }

    public void confirmBulk() {
        UiMessages.attempt(() -> {
            BulkPreview done = licences.bulkAssign(id, bulk.assignment());
            LicenceTexts.BUNDLE.info("licence.bulkDone", done.seatsNeeded(), done.lines().size());
            preview = null;
        });
        load();
    }

    public String renew() {
        String next = UiMessages.attemptOrNull(() -> {
            LicenceSummary renewed = licences.renew(id);
            LicenceTexts.BUNDLE.info("licence.renewed", renewed.id());
            return "/licences/licence?faces-redirect=true&id=" + renewed.id();
        });
        if (next == null) {
            load();
        }
        return next;
    }

    public void cancel() {
        UiMessages.attempt(() -> {
            licences.cancel(id);
            LicenceTexts.BUNDLE.info("licence.cancelled");
        });
        load();
    }

    public void uploadDocument() {
        if (documentFile == null || documentFile.getSize() == 0) {
            LicenceTexts.BUNDLE.error("gar.noFile");
            return;
        }
        try (InputStream in = documentFile.getInputStream()) {
            byte[] content = in.readNBytes(LicenceDocument.MAX_BYTES + 1);
            UiMessages.attempt(() -> LicenceTexts.BUNDLE.info("licence.documentAdded",
                    licences.addDocument(id, documentFile.getSubmittedFileName(), content).fileName()));
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

    public AssignmentTarget[] getTargets() {
        return AssignmentTarget.values();
    }

    /** Where seats may be moved: anywhere but a device (seats go to a device from the assignment form). */
    public List<AssignmentTarget> getMoveTargets() {
        return Arrays.stream(AssignmentTarget.values()).filter(t -> t != AssignmentTarget.DEVICE).toList();
    }

    /** The devices of the school picked in the assignment form, for its device list. */
    public void loadDevices() {
        String uai = assignment.getUai();
        devices = uai == null || uai.isBlank() ? List.of() : UiMessages.attemptOrNull(() -> licences.devices(uai));
        if (devices == null) {
            devices = List.of();
        }
    }

    public List<Device> getDevices() {
        return devices;
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

    public BulkPreview getPreview() {
        return preview;
    }

    public LicenceTermsForm getTerms() {
        return terms;
    }

    public AssignmentForm getAssignment() {
        return assignment;
    }

    public ReassignmentForm getMove() {
        return move;
    }

    public BulkAssignmentForm getBulk() {
        return bulk;
    }
}
