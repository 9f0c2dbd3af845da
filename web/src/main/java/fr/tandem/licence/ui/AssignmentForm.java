package fr.tandem.licence.ui;

import fr.tandem.licence.AssignmentTarget;
import fr.tandem.licence.model.AssignmentRequest;
import java.io.Serializable;

/**
 * Where seats of a licence go, as city staff type it: a school (UAI) and within it the whole school, a
 * class, a teacher or a device of the school (picked in a list).
 */
public class AssignmentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String uai;
    private AssignmentTarget target = AssignmentTarget.SCHOOL;
    private String className;
    private String teacherUsername;
    private Integer seats;
    private Long equipmentId;

    /** A form for new seats: one seat unless the person says otherwise. */
    static AssignmentForm ofOneSeat() {
        AssignmentForm form = new AssignmentForm();
        form.seats = 1;
        return form;
    }

    AssignmentRequest request() {
        return new AssignmentRequest(uai, target, className, teacherUsername, seats,
                target == AssignmentTarget.DEVICE ? equipmentId : null);
    }

    /** Empties the school, class and teacher once they were given seats; the target and seat count stay. */
    void clearRecipient() {
        uai = null;
        className = null;
        teacherUsername = null;
        equipmentId = null;
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

    public Long getEquipmentId() {
        return equipmentId;
    }

    public void setEquipmentId(Long equipmentId) {
        this.equipmentId = equipmentId;
    }

    public Integer getSeats() {
        return seats;
    }

    public void setSeats(Integer seats) {
        this.seats = seats;
    }
}
