package fr.tandem.licence.ui;

/** An assignment chosen to move its seats, and the school, class or teacher they move to. */
public class ReassignmentForm extends AssignmentForm {

    private static final long serialVersionUID = 1L;

    private Long assignmentId;

    /** The assignment to move; -1 (none) when none was chosen. */
    long assignment() {
        return assignmentId == null ? -1 : assignmentId;
    }

    @Override
    void clearRecipient() {
        super.clearRecipient();
        assignmentId = null;
    }

    public Long getAssignmentId() {
        return assignmentId;
    }

    public void setAssignmentId(Long assignmentId) {
        this.assignmentId = assignmentId;
    }
}
