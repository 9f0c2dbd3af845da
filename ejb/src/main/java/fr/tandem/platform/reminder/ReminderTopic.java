package fr.tandem.platform.reminder;

import fr.tandem.platform.language.TextBundle;
import java.time.LocalDate;
import java.util.List;

/**
 * What a component reminds in stages, told to the shared pass ({@link ReminderPass}): a CDI bean
 * of the component implements it. The pass reads the topic's stages, asks for its candidates,
 * then, for each group in its own transaction, has the topic lock the group's rows and fires the
 * stage each subject is due (once: {@link FiredReminder}), with one mail per stage and group to
 * the staff of the group's city.
 */
public interface ReminderTopic {

    /** The name kept with each reminder fired ({@code LICENCE_EXPIRY}, {@code WARRANTY_END}…), at most 30 characters. */
    String name();

    /** The {@code app_setting} that holds the topic's stages (topics may share one). */
    String stagesSetting();

    /**
     * The ids of the subjects whose deadline falls between today and the horizon (or that may be
     * due something else, see {@link #afterStages}), in groups reminded together: one city each.
     */
    List<List<Long>> candidates(LocalDate today, LocalDate horizon);

    /**
     * The subjects of a group, their rows locked in id order until the transaction ends, those no
     * longer reminded (renewed, ended, retired…) left out.
     */
    List<ReminderSubject> lock(List<Long> ids, LocalDate today);

    /** The subject line of the mail telling a stage of the subjects (one or more). */
    String mailSubject(TextBundle mails, int stageDays, List<ReminderSubject> subjects);

    /** The body of that mail. */
    String mailBody(TextBundle mails, int stageDays, List<ReminderSubject> subjects);

    /**
     * Alerts of the topic that have no stages (a licence low on seats), fired in the same
     * transaction through the ledger; answers how many fired. None by default.
     */
    default int afterStages(List<ReminderSubject> subjects, ReminderLedger ledger) {
        return 0;
    }
}
