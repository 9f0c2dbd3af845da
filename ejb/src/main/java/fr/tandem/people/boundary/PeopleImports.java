package fr.tandem.people.boundary;

import fr.tandem.people.Account;
import fr.tandem.people.control.AccountInvitations;
import fr.tandem.people.control.PeopleImporter;
import fr.tandem.people.model.PeopleImportLine;
import fr.tandem.people.model.PeopleImportReport;
import fr.tandem.people.model.PeopleLeaver;
import fr.tandem.platform.Language;
import fr.tandem.platform.export.CsvExport;
import fr.tandem.platform.imports.ImportOutcome;
import fr.tandem.platform.imports.ImportProgressListener;
import fr.tandem.platform.language.TextBundle;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * Bulk onboarding from a people CSV: a preview that writes nothing, then the import itself in one
 * transaction (a failure writes nothing), which may deactivate the leavers the admin chose and
 * invite the accounts it created to choose their password.
 */
@Stateless
@RolesAllowed("ADMIN")
public class PeopleImports {

    /** The largest people file accepted, in megabytes: the import page and the API read no further. */
    public static final int MAX_FILE_MEGABYTES = 10;

    @Inject
    PeopleImporter importer;

    @Inject
    AccountInvitations invitations;

    @EJB
    Accounts accounts;

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    /** What importing the file would do, and its leavers; nothing is written. */
    public PeopleImportReport preview(byte[] content) {
        return importer.run(content, false, ImportProgressListener.NONE);
    }

    /** The same preview, running in the background; {@code progress} is told how far it has gone. */
    @Asynchronous
    public Future<PeopleImportReport> previewInBackground(byte[] content, ImportProgressListener progress) {
        return new AsyncResult<>(importer.run(content, false, progress));
    }

    /**
     * Imports the file.
     *
     * @param deactivate the leavers to deactivate: among those the import finds now, only these usernames
     *                   (the ones a preview listed and the admin ticked); {@code null} for all of them;
     *                   empty for none
     * @param invite     whether the accounts created are sent an invitation to choose their password
     */
    public PeopleImportReport apply(byte[] content, Set<String> deactivate, boolean invite) {
        return applied(importer.run(content, true, ImportProgressListener.NONE), deactivate, invite);
    }

    /** The same import, running in the background. */
    @Asynchronous
    public Future<PeopleImportReport> applyInBackground(byte[] content, Set<String> deactivate, boolean invite,
                                                        ImportProgressListener progress) {
        return new AsyncResult<>(applied(importer.run(content, true, progress), deactivate, invite));
    }

    private PeopleImportReport applied(PeopleImportReport report, Set<String> deactivate, boolean invite) {
        List<PeopleLeaver> leavers = new ArrayList<>();
        int deactivated = 0;
        for (PeopleLeaver leaver : report.leavers()) {
            boolean chosen = deactivate == null || deactivate.contains(leaver.username());
            if (chosen) {
                accounts.deactivate(leaver.username());
                deactivated++;
            }
            leavers.add(new PeopleLeaver(leaver.username(), leaver.name(), leaver.roles(), chosen));
        }
        int invited = 0;
        if (invite) {
            Set<String> created = report.lines().stream().filter(l -> l.outcome() == ImportOutcome.CREATED)
                    .map(PeopleImportLine::username).collect(Collectors.toSet());
            for (String username : created) {
                Account account = em.createQuery("select a from Account a where a.username = :u", Account.class)
                        .setParameter("u", username).getSingleResult();
                if (!account.hasPassword()) {
                    invitations.invite(account);
                    invited++;
                }
            }
        }
        return new PeopleImportReport(report.charset(), true, report.created(), report.updated(), report.unchanged(),
                report.skipped(), deactivated, invited, report.lines(), leavers);
    }

    /**
     * The report as CSV (UTF-8 with BOM, ';', cells a spreadsheet would take for a formula
     * neutralised), in the language given: one row per line of the file, then one per leaver.
     */
    public byte[] reportCsv(PeopleImportReport report, Language language) {
        TextBundle texts = TextBundle.of(TextBundle.DOCUMENTS, language);
        List<List<String>> rows = new ArrayList<>();
        for (PeopleImportLine line : report.lines()) {
            rows.add(List.of(Integer.toString(line.line()), nullToEmpty(line.username()), nullToEmpty(line.name()),
                    texts.text("peopleImport.outcome." + line.outcome().name()),
                    String.join(", ", line.changedFields()), nullToEmpty(line.reasonIn(language.locale()))));
        }
        for (PeopleLeaver leaver : report.leavers()) {
            rows.add(List.of("", leaver.username(), leaver.name(),
                    texts.text(leaver.deactivated() ? "peopleImport.leaver.deactivated" : "peopleImport.leaver.listed"),
                    leaver.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")), ""));
        }
        return CsvExport.write(List.of(texts.text("peopleImport.column.line"), texts.text("peopleImport.column.username"),
                texts.text("peopleImport.column.name"), texts.text("peopleImport.column.outcome"),
                texts.text("peopleImport.column.changes"), texts.text("peopleImport.column.reason")), rows);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
