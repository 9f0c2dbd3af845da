package fr.tandem.platform.audit;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.sessions.Session;

/**
 * Named in {@code persistence.xml} ({@code eclipselink.session.customizer}): puts the audit
 * listener on every entity of the persistence unit, those of modules written later included,
 * except the audit trail itself (made read-only: only {@link AuditNotes} and {@link AuditPseudonyms}
 * write it besides the listener, with plain SQL) and
 * entities marked {@link NotAudited}.
 */
public class AuditCustomizer implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        AuditListener listener = new AuditListener();
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            Class<?> type = descriptor.getJavaClass();
            if (type == AuditEvent.class) {
                descriptor.setReadOnly();
            } else if (audited(descriptor)) {
                descriptor.getEventManager().addListener(listener);
            }
        }
    }

    /** Entities only (not embeddables), and only the root of a hierarchy: its listeners hear the subclasses too. */
    static boolean audited(ClassDescriptor descriptor) {
        return !descriptor.isAggregateDescriptor() && !descriptor.isAggregateCollectionDescriptor()
                && !descriptor.isDescriptorForInterface() && !descriptor.isChildDescriptor()
                && descriptor.getJavaClass() != null && !descriptor.getJavaClass().isAnnotationPresent(NotAudited.class);
    }
}
