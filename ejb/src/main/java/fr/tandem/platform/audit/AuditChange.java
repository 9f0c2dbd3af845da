package fr.tandem.platform.audit;

/**
 * One attribute of an audited change, values as text ({@code null} when there was none); for a
 * collection, {@code before} lists what was removed and {@code after} what was added.
 */
public record AuditChange(String attribute, String before, String after) {
}
