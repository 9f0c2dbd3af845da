package fr.tandem.training.control;

import fr.tandem.training.TrainingSession;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * The iCalendar invitation of a teacher to a session (METHOD:REQUEST), or its withdrawal
 * (METHOD:CANCEL): times in Europe/Paris with the zone's VTIMEZONE, so that no calendar shifts
 * them by an hour, and one UID per session and teacher so that a cancellation replaces the invite.
 */
public final class SessionInvitation {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private SessionInvitation() {
    }

    /**
     * @param changedAt when the booking changed: it orders the versions of the invitation
     *                  (SEQUENCE) so that a later change always wins
     */
    public static String of(TrainingSession session, String organizer, String attendee, boolean cancel,
                            Instant changedAt) {
        return of(List.of(session), organizer, attendee, cancel, changedAt);
    }

    /**
     * The invitation to every date of a set (or its withdrawal): one calendar with an event per
     * session, each with the UID its own invitation has, so that a change of one date replaces it.
     */
    public static String of(List<TrainingSession> sessions, String organizer, String attendee, boolean cancel,
                            Instant changedAt) {
        List<VEvent> events = sessions.stream().map(s -> {
            VEvent event = event(s, organizer, attendee, changedAt);
            if (cancel) {
                event.add(ImmutableStatus.VEVENT_CANCELLED);
            }
            return event;
        }).toList();
        return write(cancel ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST, events);
    }

    /** A calendar feed (METHOD:PUBLISH) of the sessions a teacher holds a seat in, with the invitations' UIDs. */
    public static String feed(List<TrainingSession> sessions, String organizer, String attendee, Instant now) {
        return write(ImmutableMethod.PUBLISH, sessions.stream().map(s -> event(s, organizer, attendee, now)).toList());
    }

    private static VEvent event(TrainingSession session, String organizer, String attendee, Instant changedAt) {
        ZonedDateTime start = session.startsAt().atZone(PARIS);
        ZonedDateTime end = session.endsAt().atZone(PARIS);
        VEvent event = new VEvent(start, end, session.offer().title());
        event.add(new Uid("tandem-session-" + session.id() + "-" + attendee));
        // seconds since 2023-11-14: grows with every change, fits SEQUENCE's integer for decades
        event.add(new Sequence((int) (changedAt.getEpochSecond() - 1_700_000_000L)));
        event.add(new Location(session.place()));
        event.add(new Description(session.offer().description() == null ? session.offer().title()
                : session.offer().description()));
        event.add(new Organizer("mailto:" + organizer));
        event.add(new Attendee("mailto:" + attendee));
        return event;
    }

    private static String write(Method method, List<VEvent> events) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Tandem//Formation//FR"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(method);
        calendar.add(ZONES.getTimeZone(PARIS.getId()).getVTimeZone());
        events.forEach(calendar::add);
        StringWriter text = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, text);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        } catch (ValidationException notChecked) {
            throw new IllegalStateException(notChecked);
        }
        return text.toString();
    }
}
