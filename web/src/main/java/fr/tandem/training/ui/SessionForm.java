package fr.tandem.training.ui;

import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.ui.ParisTime;
import fr.tandem.training.SessionDetails;
import fr.tandem.training.model.SessionSummary;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** What the inspector types in the session form: a day and times in Paris time, place, seats and trainers. */
public class SessionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long sessionId;
    private Long offerId;
    private LocalDate day;
    private LocalTime start = LocalTime.of(9, 0);
    private LocalTime end = LocalTime.of(12, 0);
    private String place;
    private Integer capacity = 20;
    private List<String> trainers = new ArrayList<>();

    /** The form filled with a session to change it. */
    static SessionForm of(SessionSummary session) {
        SessionForm form = new SessionForm();
        form.sessionId = session.sessionId();
        form.offerId = session.offerId();
        LocalDateTime starts = LocalDateTime.ofInstant(session.startsAt(), ParisTime.ZONE);
        form.day = starts.toLocalDate();
        form.start = starts.toLocalTime();
        form.end = LocalDateTime.ofInstant(session.endsAt(), ParisTime.ZONE).toLocalTime();
        form.place = session.place();
        form.capacity = session.capacity();
        form.trainers = new ArrayList<>(session.trainerUsernames());
        return form;
    }

    SessionDetails details() {
        if (day == null || start == null || end == null) {
            throw new RuleViolation("session.time.required");
        }
        return new SessionDetails(day.atTime(start).atZone(ParisTime.ZONE).toInstant(),
                day.atTime(end).atZone(ParisTime.ZONE).toInstant(), place, capacity, List.copyOf(trainers));
    }

    public boolean isEditing() {
        return sessionId != null;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public Long getOfferId() {
        return offerId;
    }

    public void setOfferId(Long offerId) {
        this.offerId = offerId;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public LocalTime getStart() {
        return start;
    }

    public void setStart(LocalTime start) {
        this.start = start;
    }

    public LocalTime getEnd() {
        return end;
    }

    public void setEnd(LocalTime end) {
        this.end = end;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public List<String> getTrainers() {
        return trainers;
    }

    public void setTrainers(List<String> trainers) {
        this.trainers = trainers == null ? new ArrayList<>() : new ArrayList<>(trainers);
    }
}
