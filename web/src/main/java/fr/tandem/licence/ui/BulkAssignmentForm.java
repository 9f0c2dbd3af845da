package fr.tandem.licence.ui;

import fr.tandem.licence.model.BulkAssignment;
import fr.tandem.school.SchoolKind;
import java.io.Serializable;

/** The same number of seats for every open school of a circonscription (optionally of one kind), as typed. */
public class BulkAssignmentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String circonscription;
    private SchoolKind kind;
    private Integer seats = 1;

    BulkAssignment assignment() {
        return new BulkAssignment(circonscription, kind, seats);
    }

    public String getCirconscription() {
        return circonscription;
    }

    public void setCirconscription(String circonscription) {
        this.circonscription = circonscription;
    }

    public SchoolKind getKind() {
        return kind;
    }

    public void setKind(SchoolKind kind) {
        this.kind = kind;
    }

    public Integer getSeats() {
        return seats;
    }

    public void setSeats(Integer seats) {
        this.seats = seats;
    }
}
