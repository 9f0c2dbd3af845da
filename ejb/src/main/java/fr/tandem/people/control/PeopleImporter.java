package fr.tandem.people.control;

import fr.tandem.people.Account;
import fr.tandem.people.Role;
import fr.tandem.people.model.DirectoryChange;
import fr.tandem.people.model.PeopleImportLine;
import fr.tandem.people.model.PeopleImportReport;
import fr.tandem.people.model.PeopleLeaver;
import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.imports.ImportOutcome;
import fr.tandem.platform.imports.ImportProgressListener;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads a people file and lets the directory rules ({@link DirectoryAccounts}) decide each line, in
 * file order: what it would do, nothing written, or, when asked, what it does in the caller's
 * transaction (a person named twice keeps their first line). Also finds the leavers: active accounts
 * absent from the file whose roles are all among those the file gives, never an admin nor the caller.
 */
@Dependent
public class PeopleImporter {

    static final int CHUNK = 100;
    private static final String ACCOUNT = "account:";
    private static final String EMAIL = "email:";

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    DirectoryAccounts directory;

    @Inject
    CurrentCaller caller;

    /** What the file would do ({@code apply} false) or does ({@code apply} true); leavers are only listed. */
    public PeopleImportReport run(byte[] content, boolean apply, ImportProgressListener progress) {
        PeopleFile file = new PeopleCsvReader().read(content);
        List<PeopleLine> all = file.lines();
        progress.linesWritten(0, all.size());
        Plan plan = new Plan();
        // the persistence context compares every object it holds before each query (no weaving): the
        // import writes in batches of CHUNK lines, then starts a fresh context
        FlushModeType flushMode = em.getFlushMode();
        em.setFlushMode(FlushModeType.COMMIT);
        try {
            for (int from = 0; from < all.size(); from += CHUNK) {
                for (PeopleLine line : all.subList(from, Math.min(all.size(), from + CHUNK))) {
                    plan.lines.add(line(line, plan, apply));
                }
                if (apply) {
                    em.flush();
                }
                em.clear();
                progress.linesWritten(Math.min(all.size(), from + CHUNK), all.size());
            }
        } finally {
            em.setFlushMode(flushMode);
        }
        int[] counts = new int[ImportOutcome.values().length];
        plan.lines.forEach(line -> counts[line.outcome().ordinal()]++);
        return new PeopleImportReport(file.charset(), apply, counts[ImportOutcome.CREATED.ordinal()],
                counts[ImportOutcome.UPDATED.ordinal()], counts[ImportOutcome.UNCHANGED.ordinal()],
                counts[ImportOutcome.SKIPPED.ordinal()], 0, 0, plan.lines, leavers(plan));
    }

    /**
     * What one line does: skipped with its reason, a repeat of a person an earlier line named, or
     * the directory's decision, applied when asked (after the earlier lines, so that a person named
     * twice is recognised whether the import writes or not).
     */
    private PeopleImportLine line(PeopleLine line, Plan plan, boolean apply) {
        if (line.isSkipped()) {
            return skipped(line, line.skipKey(), line.skipArguments());
        }
        plan.noteIdentifiers(line);
        if (apply && line.person().username() != null
                && plan.named.contains(line.person().username().strip().toLowerCase(Locale.ROOT))) {
            // an account an earlier line created (its username made from an e-mail) must be seen by this line
            em.flush();
        }
        DirectoryChange change;
        try {
            change = directory.preview(line.person());
        } catch (RuleViolation refused) {
            return skipped(line, refused.key(), List.of(refused.arguments()));
        }
        Set<String> keys = keys(line, change);
        Integer first = keys.stream().map(plan.firstLineOf::get).filter(Objects::nonNull).findFirst().orElse(null);
        if (first != null) {
            return new PeopleImportLine(line.lineNumber(), change.username(), line.name(), ImportOutcome.SKIPPED,
                    List.of(), "people.skip.duplicate", List.of(line.name(), first));
        }
        if (apply) {
            try {
                if (line.person().username() == null) {
                    // its username is made from the e-mail: the accounts of the lines before must be seen taken
                    em.flush();
                }
                change = directory.apply(line.person());
            } catch (RuleViolation refused) {
                // what the preview accepted cannot be written: nothing of the file is (the transaction rolls back)
                throw new RuleViolation("people.apply.lineRefused", line.lineNumber(), refused);
            }
        }
        keys.forEach(key -> plan.firstLineOf.put(key, line.lineNumber()));
        plan.firstLineOf.put(ACCOUNT + change.username(), line.lineNumber());
        plan.named.add(change.username());
        plan.managedRoles.addAll(change.roles());
        return reported(line, change);
    }

    /**
     * What identifies the person of a line: the username and e-mail it gives, and the account it
     * names when that account exists (a new account's derived username is no identity: two new
     * people may share the start of their e-mails).
     */
    private static Set<String> keys(PeopleLine line, DirectoryChange change) {
        Set<String> keys = new HashSet<>();
        if (line.person().username() != null) {
            keys.add(ACCOUNT + line.person().username().strip().toLowerCase(Locale.ROOT));
        }
        if (line.person().email() != null) {
            keys.add(EMAIL + line.person().email().strip().toLowerCase(Locale.ROOT));
        }
        if (change.kind() != DirectoryChange.Kind.CREATED) {
            keys.add(ACCOUNT + change.username());
        }
        return keys;
    }

    private List<PeopleLeaver> leavers(Plan plan) {
        if (plan.managedRoles.isEmpty()) {
            return List.of();
        }
        String me = caller.username();
        return em.createQuery("select a from Account a where a.deactivatedAt is null order by a.lastName, a.firstName,"
                        + " a.username", Account.class)
                .setHint("eclipselink.batch", "a.roles")
                .getResultStream()
                .filter(a -> !a.hasRole(Role.ADMIN) && !a.username().equals(me))
                .filter(a -> plan.managedRoles.containsAll(a.roles()))
                .filter(a -> !plan.named.contains(a.username()) && !plan.usernames.contains(a.username())
                        && !plan.emails.contains(a.email()))
                .map(a -> new PeopleLeaver(a.username(), a.displayName(), a.roles(), false))
                .toList();
    }

    private static PeopleImportLine reported(PeopleLine line, DirectoryChange change) {
        ImportOutcome outcome = switch (change.kind()) {
            case CREATED -> ImportOutcome.CREATED;
            case UPDATED -> ImportOutcome.UPDATED;
            case UNCHANGED -> ImportOutcome.UNCHANGED;
        };
        return new PeopleImportLine(line.lineNumber(), change.username(), line.name(), outcome, change.changedFields(),
                null, null);
    }

    private static PeopleImportLine skipped(PeopleLine line, String key, List<Object> arguments) {
        String username = line.person() == null || line.person().username() == null ? null
                : line.person().username().strip().toLowerCase(Locale.ROOT);
        return new PeopleImportLine(line.lineNumber(), username, line.name(), ImportOutcome.SKIPPED, List.of(), key,
                arguments);
    }

    /** What the lines found so far: the report lines, who the file names, the roles it gives. */
    private static final class Plan {

        final List<PeopleImportLine> lines = new ArrayList<>();
        /** The identities of each accepted line's person, and its line: a later line with one of them is a repeat. */
        final Map<String, Integer> firstLineOf = new HashMap<>();
        /** The usernames of the accounts the accepted lines are about. */
        final Set<String> named = new HashSet<>();
        /** Usernames and e-mails the file names, even on lines it skips: their accounts are not leavers. */
        final Set<String> usernames = new HashSet<>();
        final Set<String> emails = new HashSet<>();
        final Set<Role> managedRoles = EnumSet.noneOf(Role.class);

        void noteIdentifiers(PeopleLine line) {
            if (line.person().username() != null) {
                usernames.add(line.person().username().strip().toLowerCase(Locale.ROOT));
            }
            if (line.person().email() != null) {
                emails.add(line.person().email().strip().toLowerCase(Locale.ROOT));
            }
        }
    }
}
