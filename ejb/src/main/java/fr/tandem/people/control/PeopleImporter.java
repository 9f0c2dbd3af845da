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
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a people file and lets the directory rules ({@link DirectoryAccounts}) decide each line:
 * first what each line would do, nothing written (a person named twice keeps their first line), then,
 * when asked, the same in the caller's transaction. Also finds the leavers: active accounts absent
 * from the file whose roles are all among those the file gives, never an admin nor the caller.
 */
@Dependent
public class PeopleImporter {

    static final int CHUNK = 500;

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    DirectoryAccounts directory;

    @Inject
    CurrentCaller caller;

    /** What the file would do ({@code apply} false) or does ({@code apply} true); leavers are only listed. */
    public PeopleImportReport run(byte[] content, boolean apply, ImportProgressListener progress) {
        PeopleFile file = new PeopleCsvReader().read(content);
        int steps = file.lines().size() * (apply ? 2 : 1);
        progress.linesWritten(0, steps);
        Plan plan = plan(file, progress, steps);
        List<PeopleImportLine> lines = apply ? apply(plan, progress, steps) : plan.lines;
        int[] counts = new int[ImportOutcome.values().length];
        lines.forEach(line -> counts[line.outcome().ordinal()]++);
        return new PeopleImportReport(file.charset(), apply, counts[ImportOutcome.CREATED.ordinal()],
                counts[ImportOutcome.UPDATED.ordinal()], counts[ImportOutcome.UNCHANGED.ordinal()],
                counts[ImportOutcome.SKIPPED.ordinal()], 0, 0, lines, leavers(plan));
    }

    private Plan plan(PeopleFile file, ImportProgressListener progress, int steps) {
        Plan plan = new Plan();
        List<PeopleLine> all = file.lines();
        for (int from = 0; from < all.size(); from += CHUNK) {
            for (PeopleLine line : all.subList(from, Math.min(all.size(), from + CHUNK))) {
                plan.lines.add(preview(line, plan));
            }
            em.clear();
            progress.linesWritten(Math.min(all.size(), from + CHUNK), steps);
        }
        return plan;
    }

    private PeopleImportLine preview(PeopleLine line, Plan plan) {
        if (line.isSkipped()) {
            return skipped(line, line.skipKey(), line.skipArguments());
        }
        plan.noteIdentifiers(line);
        DirectoryChange change;
        try {
            change = directory.preview(line.person());
        } catch (RuleViolation refused) {
            return skipped(line, refused.key(), List.of(refused.arguments()));
        }
        Integer first = plan.firstLineOf.putIfAbsent(change.username(), line.lineNumber());
        if (first != null) {
            return new PeopleImportLine(line.lineNumber(), change.username(), line.name(), ImportOutcome.SKIPPED,
                    List.of(), "people.skip.duplicate", List.of(change.username(), first));
        }
        plan.managedRoles.addAll(change.roles());
        plan.accepted.put(line.lineNumber(), line);
        return reported(line, change);
    }

    private List<PeopleImportLine> apply(Plan plan, ImportProgressListener progress, int steps) {
        List<PeopleImportLine> applied = new ArrayList<>(plan.lines.size());
        int done = 0;
        for (PeopleImportLine previewed : plan.lines) {
            PeopleLine line = plan.accepted.get(previewed.line());
            if (line == null || previewed.outcome() == ImportOutcome.SKIPPED) {
                applied.add(previewed);
            } else {
                try {
                    applied.add(reported(line, directory.apply(line.person())));
                } catch (RuleViolation refused) {
                    // what the preview accepted cannot be written: nothing of the file is (the transaction rolls back)
                    throw new RuleViolation("people.apply.lineRefused", line.lineNumber(), refused);
                }
            }
            if (++done % CHUNK == 0) {
                em.flush();
                em.clear();
                progress.linesWritten(plan.lines.size() + done, steps);
            }
        }
        em.flush();
        progress.linesWritten(steps, steps);
        return applied;
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
                .filter(a -> !plan.firstLineOf.containsKey(a.username()) && !plan.usernames.contains(a.username())
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

    /** What the preview found: the report lines, the accepted lines, who the file names, the roles it gives. */
    private static final class Plan {

        final List<PeopleImportLine> lines = new ArrayList<>();
        final Map<Integer, PeopleLine> accepted = new HashMap<>();
        /** The account each accepted line is about, and its line: a later line for it is a duplicate. */
        final Map<String, Integer> firstLineOf = new HashMap<>();
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
