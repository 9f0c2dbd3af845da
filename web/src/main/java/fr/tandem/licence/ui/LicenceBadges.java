package fr.tandem.licence.ui;

import fr.tandem.licence.model.LicenceSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** A licence's badges ({@code status-badge status-…}): its status, and its days left with their text. */
@Named
@ApplicationScoped
public class LicenceBadges {

    /** Days left under which a licence's expiry shows as a warning (the last reminder stage by default). */
    static final long EXPIRY_SOON = 30;

    /** Active green (red once expired), renewed blue, cancelled grey. */
    public String status(LicenceSummary licence) {
        return switch (licence.status()) {
            case ACTIVE -> licence.expired() ? "status-danger" : "status-ok";
            case RENEWED -> "status-info";
            case CANCELLED -> "status-neutral";
        };
    }

    /** Expired red, within {@link #EXPIRY_SOON} days orange, else green. */
    public String expiry(LicenceSummary licence) {
        if (licence.expired()) {
            return "status-danger";
        }
        return licence.daysLeft() <= EXPIRY_SOON ? "status-warn" : "status-ok";
    }

    /** "25 jours restants", "expirée", in the page's language. */
    public String daysLeft(LicenceSummary licence) {
        return licence.expired() ? LicenceTexts.BUNDLE.text("expired") : LicenceTexts.BUNDLE.text("list.daysLeft", licence.daysLeft());
    }
}
