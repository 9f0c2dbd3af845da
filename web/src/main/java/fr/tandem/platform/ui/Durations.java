package fr.tandem.platform.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Shows minutes the French way: "13 h 30", "2 h", "45 min". */
@Named
@ApplicationScoped
public class Durations {

    public String hours(int minutes) {
        int h = minutes / 60;
        int m = minutes % 60;
        if (h == 0) {
            return m + " min";
        }
        return m == 0 ? h + " h" : h + " h " + String.format("%02d", m);
    }
}
