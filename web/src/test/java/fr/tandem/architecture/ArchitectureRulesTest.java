package fr.tandem.architecture;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each rule of {@link ArchitectureRules} fails on a class that breaks it: the application's classes
 * plus the test classes of the {@code archviolation} packages, one per rule.
 */
class ArchitectureRulesTest {

    static JavaClasses withViolations;

    @BeforeAll
    static void importApplicationAndViolations() {
        withViolations = new ClassFileImporter()
                .withImportOption(location -> !location.contains("/test-classes/") || location.contains("/archviolation/"))
                .importPackages("fr.tandem");
    }

    static void assertBrokenBy(ArchRule rule, String violatingClass) {
        EvaluationResult result = rule.evaluate(withViolations);
        assertThat(rule.getDescription(), result.hasViolation(), is(true));
        assertThat(result.getFailureReport().toString(), containsString(violatingClass));
    }

    @Test
    void theComponentOrderFailsOnThePlatformKnowingABusinessComponent() {
        assertBrokenBy(ArchitectureRules.COMPONENTS_IN_ORDER, "PlatformKnowingTraining");
    }

    @Test
    void theComponentOrderFailsOnSchoolsKnowingPeople() {
        assertBrokenBy(ArchitectureRules.COMPONENTS_IN_ORDER, "SchoolKnowingPeople");
    }

    @Test
    void theCycleRuleFailsOnACycleBetweenComponents() {
        assertBrokenBy(ArchitectureRules.NO_CYCLES, "SchoolKnowingPeople");
    }

    @Test
    void controlMayNotCallItsBoundary() {
        assertBrokenBy(ArchitectureRules.CONTROL_BELOW_BOUNDARY, "ControlCallingBoundary");
    }

    @Test
    void aBoundaryPackageHoldsOnlyEjbs() {
        assertBrokenBy(ArchitectureRules.BOUNDARY_HOLDS_EJBS, "RecordInBoundary");
    }

    @Test
    void httpTypesStayInTheWebModule() {
        assertBrokenBy(ArchitectureRules.HTTP_AND_FACES_IN_WEB, "ControlAnsweringHttp");
    }

    @Test
    void theWebModuleHasNoEntityManager() {
        assertBrokenBy(ArchitectureRules.NO_ENTITY_MANAGER_IN_WEB, "ViewWithEntityManager");
    }
}
