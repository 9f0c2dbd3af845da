package fr.tandem.platform.audit;

import java.util.List;

/** A window of the audit trail, newest first, and how many events match in all. */
public record AuditPage(long total, List<AuditEntry> items) {
}
