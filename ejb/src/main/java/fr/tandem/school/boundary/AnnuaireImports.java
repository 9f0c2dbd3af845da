package fr.tandem.school.boundary;

import fr.tandem.school.control.AnnuaireImporter;
import fr.tandem.school.control.CityConfinement;
import fr.tandem.platform.imports.ImportProgressListener;
import fr.tandem.school.model.ImportReport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.concurrent.Future;

/**
 * Imports the national Annuaire de l'éducation CSV, all or nothing: a file whose structure is
 * wrong imports nothing, a bad line is skipped and reported, the rest is written in one
 * transaction. A city employee imports the schools of their city's communes only: the lines of other
 * communes are reported as skipped. Every school lands in the city naming its commune.
 */
@Stateless
@RolesAllowed({"ADMIN", "CITY_STAFF"})
public class AnnuaireImports {

    /** The largest Annuaire file accepted, in megabytes: the import page and the API read no further. */
    public static final int MAX_FILE_MEGABYTES = 100;

    @Inject
    AnnuaireImporter importer;

    @Inject
    CityConfinement caller;

    public ImportReport importFile(byte[] content) {
        return importer.importFile(content, caller.confinedToCityId(), ImportProgressListener.NONE);
    }

    /** The same import, running in the background; {@code progress} is told how far it has gone. */
    @Asynchronous
    public Future<ImportReport> importInBackground(byte[] content, ImportProgressListener progress) {
        return new AsyncResult<>(importer.importFile(content, caller.confinedToCityId(), progress));
    }
}
