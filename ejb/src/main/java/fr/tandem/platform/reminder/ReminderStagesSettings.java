package fr.tandem.platform.reminder;

import fr.tandem.platform.NotFound;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The stages of every topic's reminders, one setting per kind of deadline (licences, warranties,
 * contracts), as city staff read and change them on one page.
 */
@Stateless
@RolesAllowed({"CITY_STAFF", "ADMIN"})
public class ReminderStagesSettings {

    @Inject
    @Any
    Instance<ReminderTopic> topics;

    @Inject
    ReminderSettings settings;

    /** Each setting's stages, by setting name. */
    public Map<String, ReminderStages> all() {
        Map<String, ReminderStages> all = new TreeMap<>();
        topics.forEach(topic -> all.computeIfAbsent(topic.stagesSetting(), settings::stages));
        return all;
    }

    /** Changes a setting's stages from text such as "90, 30, 7". */
    public ReminderStages change(String setting, String days) {
        return settings.change(known(setting), ReminderStages.parse(days));
    }

    private String known(String setting) {
        List<String> names = topics.stream().map(ReminderTopic::stagesSetting).distinct().toList();
        if (!names.contains(setting)) {
            throw new NotFound("reminder.setting.notFound", setting);
        }
        return setting;
    }
}
