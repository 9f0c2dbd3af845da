package fr.tandem.platform.audit;

import fr.tandem.platform.caller.CallerPrincipals;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.transaction.TransactionSynchronizationRegistry;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.security.Principal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Vector;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.indirection.ValueHolderInterface;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectCollectionMapping;
import org.eclipse.persistence.queries.DataModifyQuery;
import org.eclipse.persistence.queries.ObjectLevelModifyQuery;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.changesets.AggregateChangeRecord;
import org.eclipse.persistence.sessions.changesets.ChangeRecord;
import org.eclipse.persistence.sessions.changesets.CollectionChangeRecord;
import org.eclipse.persistence.sessions.changesets.DirectCollectionChangeRecord;
import org.eclipse.persistence.sessions.changesets.DirectToFieldChangeRecord;
import org.eclipse.persistence.sessions.changesets.ObjectChangeSet;
import org.eclipse.persistence.sessions.changesets.ObjectReferenceChangeRecord;

/**
 * Hears every insert, update and delete EclipseLink writes for an audited entity and adds one
 * {@code audit_event} row with plain SQL on the same session, hence in the same transaction (a
 * rolled-back change leaves no row) and without going through the entity machinery again (the
 * audit row is not itself audited). Bulk JPQL updates and deletes do not pass here.
 */
public class AuditListener extends DescriptorEventAdapter {

    private static final Logger LOG = Logger.getLogger(AuditListener.class.getName());
    /** Key of the caller's name among the current transaction's resources. */
    private static final String CALLER = AuditListener.class.getName() + ".caller";
    private static volatile TransactionSynchronizationRegistry registry;
    private static volatile CallerPrincipals principals;
    private static final String INSERT = "INSERT INTO audit_event (id, occurred_at, username, action, entity_type,"
            + " entity_id, changes) VALUES (#ID, #AT, #USERNAME, #ACTION, #TYPE, #ENTITY, #CHANGES)";

    @Override
    public void postInsert(DescriptorEvent event) {
        AuditChanges changes = new AuditChanges();
        fromState(event, changes, false);
        write(event, "INSERT", changes);
    }

    @Override
    public void postUpdate(DescriptorEvent event) {
        AuditChanges changes = new AuditChanges();
        ObjectChangeSet changeSet = changeSet(event);
        if (changeSet != null) {
            fromChangeSet(event, changeSet, changes);
        }
        if (!changes.isEmpty()) {
            write(event, "UPDATE", changes);
        }
    }

    @Override
    public void postDelete(DescriptorEvent event) {
        AuditChanges changes = new AuditChanges();
        fromState(event, changes, true);
        write(event, "DELETE", changes);
    }

    /** The changes the unit of work computed (on updates, EclipseLink leaves them on the query only). */
    private static ObjectChangeSet changeSet(DescriptorEvent event) {
        if (event.getChangeSet() != null) {
            return event.getChangeSet();
        }
        return event.getQuery() instanceof ObjectLevelModifyQuery write ? write.getObjectChangeSet() : null;
    }

    /** Old and new values as the unit of work computed them. */
    private static void fromChangeSet(DescriptorEvent event, ObjectChangeSet changeSet, AuditChanges changes) {
        Session session = event.getSession();
        for (ChangeRecord record : changeSet.getChanges()) {
            String attribute = record.getAttribute();
            if (record instanceof DirectToFieldChangeRecord direct) {
                changes.changed(attribute, direct.getOldValue(), direct.getNewValue());
            } else if (record instanceof AggregateChangeRecord) {
                DatabaseMapping mapping = event.getDescriptor().getMappingForAttributeName(attribute);
                changes.changed(attribute, record.getOldValue(),
                        mapping == null ? null : mapping.getAttributeValueFromObject(event.getObject()));
            } else if (record instanceof ObjectReferenceChangeRecord reference) {
                changes.changed(attribute, idOf(session, reference.getOldValue()), idOf(session, reference.getNewValue()));
            } else if (record instanceof DirectCollectionChangeRecord collection) {
                changes.collection(attribute, collection.getAddObjectList(), collection.getRemoveObjectList());
            } else if (record instanceof CollectionChangeRecord collection) {
                changes.collection(attribute, ids(session, collection.getAddObjectList()),
                        ids(session, collection.getRemoveObjectList()));
            }
        }
    }

    /** The whole state of the object as it stands (new values of an insert, or old values of a delete). */
    private static void fromState(DescriptorEvent event, AuditChanges changes, boolean asOld) {
        Object object = event.getObject();
        for (DatabaseMapping mapping : event.getDescriptor().getMappings()) {
            Object value = mapping.getAttributeValueFromObject(object);
            if (mapping.isDirectToFieldMapping() || mapping.isAggregateObjectMapping()) {
                put(changes, mapping.getAttributeName(), value, asOld);
            } else if (mapping.isObjectReferenceMapping()) {
                if (value instanceof ValueHolderInterface<?> holder) {
                    if (!holder.isInstantiated()) {
                        continue; // not loaded: reading it now would query in the middle of the commit
                    }
                    value = holder.getValue();
                }
                put(changes, mapping.getAttributeName(), idOf(event.getSession(), value), asOld);
            } else if (mapping instanceof DirectCollectionMapping && value instanceof Collection<?> elements
                    && !(value instanceof ValueHolderInterface<?>)) {
                List<Object> copy = new ArrayList<>(elements);
                changes.collection(mapping.getAttributeName(), asOld ? List.of() : copy, asOld ? copy : List.of());
            }
        }
    }

    private static void put(AuditChanges changes, String attribute, Object value, boolean asOld) {
        changes.changed(attribute, asOld ? value : null, asOld ? null : value);
    }

    private static Object idOf(Session session, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof ObjectChangeSet changeSet) {
            return changeSet.getId();
        }
        try {
            return session.getId(value);
        } catch (RuntimeException notAnEntity) {
            return String.valueOf(value);
        }
    }

    private static List<Object> ids(Session session, Map<?, ?> changeSets) {
        List<Object> ids = new ArrayList<>();
        changeSets.keySet().forEach(key -> ids.add(idOf(session, key)));
        return ids;
    }

    private void write(DescriptorEvent event, String action, AuditChanges changes) {
        Session session = event.getSession();
        ClassDescriptor descriptor = event.getDescriptor();
        DataModifyQuery insert = new DataModifyQuery();
        insert.setSQLString(INSERT);
        for (String argument : List.of("ID", "AT", "USERNAME", "ACTION", "TYPE", "ENTITY", "CHANGES")) {
            insert.addArgument(argument);
        }
        Object id = session.getId(event.getObject());
        List<Object> values = new Vector<>(List.of(
                session.getNextSequenceNumberValue(AuditEvent.class).longValue(),
                Instant.now().atOffset(ZoneOffset.UTC),
                caller(),
                action,
                descriptor.getAlias() == null ? descriptor.getJavaClass().getSimpleName() : descriptor.getAlias(),
                String.valueOf(id),
                changes.toJson()));
        session.executeQuery(insert, values);
    }

    /**
     * Names who the audit trail records for the rest of the current transaction when the container
     * knows nobody yet: a person signing in through single sign-on, whose account the sign-in itself
     * creates or updates. Outside a transaction it does nothing.
     */
    public static void recordAs(String name) {
        TransactionSynchronizationRegistry transaction = transactions();
        if (transaction != null && transaction.getTransactionKey() != null && name != null && !name.isBlank()) {
            transaction.putResource(CALLER, name.length() > 60 ? name.substring(0, 60) : name);
        }
    }

    /**
     * The authenticated caller, or {@value AuditEvent#SYSTEM} for timers, startup and anonymous
     * requests; asked once per transaction (asking the security context costs more than writing
     * the audit row), since a transaction has one caller.
     */
    static String caller() {
        TransactionSynchronizationRegistry transaction = transactions();
        if (transaction == null || transaction.getTransactionKey() == null) {
            return principalName();
        }
        if (transaction.getResource(CALLER) instanceof String known) {
            return known;
        }
        String name = principalName();
        try {
            transaction.putResource(CALLER, name);
        } catch (IllegalStateException transactionEnding) {
            LOG.log(Level.FINE, "The audit caller is not kept for this transaction", transactionEnding);
        }
        return name;
    }

    private static String principalName() {
        try {
            Principal principal = principals().current();
            String name = principal == null ? null : principal.getName();
            return name == null || name.isBlank() || "ANONYMOUS".equals(name) ? AuditEvent.SYSTEM
                    : name.length() > 60 ? name.substring(0, 60) : name;
        } catch (RuntimeException noSecurityContext) {
            LOG.log(Level.FINE, "No caller known for the audit trail", noSecurityContext);
            return AuditEvent.SYSTEM;
        }
    }

    /**
     * The application's caller principals, looked up once (looking a bean up through
     * {@code CDI.current()} costs as much as asking for the caller); its proxy stays valid.
     */
    private static CallerPrincipals principals() {
        CallerPrincipals found = principals;
        if (found == null) {
            found = CDI.current().select(CallerPrincipals.class).get();
            principals = found;
        }
        return found;
    }

    /** The server's registry of transaction resources, looked up once (null outside a container). */
    private static TransactionSynchronizationRegistry transactions() {
        TransactionSynchronizationRegistry found = registry;
        if (found == null) {
            try {
                found = (TransactionSynchronizationRegistry) new InitialContext()
                        .lookup("java:comp/TransactionSynchronizationRegistry");
                registry = found;
            } catch (NamingException | RuntimeException noContainer) {
                LOG.log(Level.FINE, "No transaction registry for the audit trail", noContainer);
            }
        }
        return found;
    }
}
