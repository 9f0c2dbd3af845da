package fr.tandem.platform;

/** The operation clashes with data that already exists or was changed by someone else meanwhile. */
public class Conflict extends RuleViolation {

    private static final long serialVersionUID = 1L;

    public Conflict(String key, Object... arguments) {
        super(key, arguments);
    }
}
