package fr.tandem.platform;

/** The thing asked for does not exist (or the caller may not know it exists). */
public class NotFound extends RuleViolation {

    private static final long serialVersionUID = 1L;

    public NotFound(String key, Object... arguments) {
        super(key, arguments);
    }
}
