package fr.tandem.architecture;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Holds the application's classes (domain, ejb and web, without tests) to {@link ArchitectureRules}. */
class ArchitectureTest {

    static JavaClasses application;

    @BeforeAll
    static void importApplication() {
        application = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.tandem");
        // the three modules are all there: an entity, an EJB and a page bean
        assertThat(application.size(), greaterThan(250));
        application.get("fr.tandem.training.TrainingSession");
        application.get("fr.tandem.training.boundary.Bookings");
        application.get("fr.tandem.training.ui.CatalogueView");
    }

    @Test
    void componentsDependOnTheOnesBelowThemOnly() {
        ArchitectureRules.COMPONENTS_IN_ORDER.check(application);
    }

    @Test
    void noCycleBetweenComponents() {
        ArchitectureRules.NO_CYCLES.check(application);
    }

    @Test
    void controlNeverReachesIntoBoundary() {
        ArchitectureRules.CONTROL_BELOW_BOUNDARY.check(application);
    }

    @Test
    void boundaryPackagesHoldEjbsOnly() {
        ArchitectureRules.BOUNDARY_HOLDS_EJBS.check(application);
    }

    @Test
    void jaxRsAndFacesStayInTheWebModule() {
        ArchitectureRules.HTTP_AND_FACES_IN_WEB.check(application);
    }

    @Test
    void theWebModuleHasNoEntityManager() {
        ArchitectureRules.NO_ENTITY_MANAGER_IN_WEB.check(application);
    }
}
