package fr.tandem.platform.reminder;

import java.util.List;

/** The question the reminder mechanism asks the people component: who the staff of a city are. */
public interface ReminderRecipients {

    /** The active city staff of the city, by username. */
    List<Recipient> cityStaff(Long cityId);
}
