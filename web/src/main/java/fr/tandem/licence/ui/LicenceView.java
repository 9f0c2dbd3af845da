package fr.tandem.licence.ui;

import fr.tandem.licence.AssignmentTarget;
import fr.tandem.licence.boundary.AssignmentRequest;
import fr.tandem.licence.boundary.AssignmentSummary;
import fr.tandem.licence.boundary.BulkAssignment;
import fr.tandem.licence.boundary.BulkPreview;
import fr.tandem.licence.boundary.LicenceSummary;
import fr.tandem.licence.boundary.Licences;
import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.ui.UiMessages;
import fr.tandem.school.SchoolKind;
import fr.tandem.school.boundary.CirconscriptionSummary;
import fr.tandem.school.boundary.Schools;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

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

    /** Called from the view parameter. */
    public void load() {
        try {
            licence = licences.licence(id);
            assignments = licences.assignments(id);
        } catch (RuleViolation missing) {
            licence = null;
            UiMessages.error(missing);
        }
        if (circonscriptions == null) {
            circonscriptions = schools.circonscriptions();
        }
    }

    public void assign() {
        try {
            AssignmentSummary given = licences.assign(id, new AssignmentRequest(uai, target, className, teacherUsername,
                    seats));
            LicenceTexts.info("licence.assigned", given.seats(), given.schoolName());
            uai = null;
            className = null;
            teacherUsername = null;
        } catch (RuleViolation refused) {
            UiMessages.error(refused);
        }
        load();
    }

    public void release(long assignmentId) {
        try {
            licences.release(assignmentId);
            LicenceTexts.info("licence.released");
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
            LicenceTexts.info("licence.bulkDone", done.seatsNeeded(), done.lines().size());
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
            LicenceTexts.info("licence.renewed", next.id());
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
            LicenceTexts.info("licence.cancelled");
        } catch (RuleViolation refused) {
            UiMessages.error(refused);
        }
        load();
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
