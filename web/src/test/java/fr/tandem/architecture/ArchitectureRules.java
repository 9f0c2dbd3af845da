package fr.tandem.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/**
 * The rules of the house's shape, as README's "Layout" section states them. {@link ArchitectureTest}
 * holds the application to them; {@link ArchitectureRulesTest} shows that each one fails on a class
 * that breaks it.
 */
final class ArchitectureRules {

    /** The packages of the web module: Faces views, JAX-RS resources and web security. */
    static final String[] WEB = {"fr.tandem.*.ui..", "fr.tandem.*.api..", "fr.tandem.*.security.."};

    /**
     * Components depend on the ones below them only: platform, then schools, then people, then
     * training and licences, then equipment (which may use licences: a contract's supplier, the seats on a
     * device; never training), then support, the digital plan (its lines link items and licences), privacy (a
     * person's data gathered from all of these, and its retention), the dashboard, and the demo data at
     * the top. Training alone also reads the equipment component (the types of equipment an offer teaches,
     * issue 19): equipment stays unaware of training.
     */
    static final ArchRule COMPONENTS_IN_ORDER = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("platform").definedBy("fr.tandem.platform..")
            .layer("school").definedBy("fr.tandem.school..")
            .layer("people").definedBy("fr.tandem.people..")
            .layer("training").definedBy("fr.tandem.training..")
            .layer("licence").definedBy("fr.tandem.licence..")
            .layer("equipment").definedBy("fr.tandem.equipment..")
            .layer("support").definedBy("fr.tandem.support..")
            .layer("plan").definedBy("fr.tandem.plan..")
            .layer("privacy").definedBy("fr.tandem.privacy..")
            .layer("dashboard").definedBy("fr.tandem.dashboard..")
            .layer("demo").definedBy("fr.tandem.demo..")
            .whereLayer("platform").mayNotAccessAnyLayer()
            .whereLayer("school").mayOnlyAccessLayers("platform")
            .whereLayer("people").mayOnlyAccessLayers("platform", "school")
            .whereLayer("training").mayOnlyAccessLayers("platform", "school", "people", "equipment")
            .whereLayer("licence").mayOnlyAccessLayers("platform", "school", "people")
            .whereLayer("equipment").mayOnlyAccessLayers("platform", "school", "people", "licence")
            .whereLayer("support").mayOnlyAccessLayers("platform", "school", "people", "training", "licence",
                    "equipment")
            .whereLayer("plan").mayOnlyAccessLayers("platform", "school", "people", "training", "licence",
                    "equipment", "support")
            .whereLayer("privacy").mayOnlyAccessLayers("platform", "school", "people", "training", "licence",
                    "equipment", "support", "plan")
            .whereLayer("dashboard").mayOnlyAccessLayers("platform", "school", "people", "training", "licence",
                    "equipment", "support", "plan", "privacy")
            .because("components depend on each other in one direction only (README, Layout)");

    /** No cycle between components, whatever the order above comes to say. */
    static final ArchRule NO_CYCLES = slices().matching("fr.tandem.(*)..").should().beFreeOfCycles();

    /** Control classes hold the logic boundaries delegate to; they never reach back up. */
    static final ArchRule CONTROL_BELOW_BOUNDARY = noClasses().that().resideInAPackage("..control..")
            .should().dependOnClassesThat().resideInAPackage("..boundary..")
            .because("the types control and boundary exchange live in the component's model package");

    /** A boundary package holds the component's EJBs (its transaction and security edge), nothing else. */
    static final ArchRule BOUNDARY_HOLDS_EJBS = classes().that().resideInAPackage("..boundary..")
            .and().areTopLevelClasses().and().doNotHaveSimpleName("package-info")
            .should().beAnnotatedWith(Stateless.class)
            .orShould().beAnnotatedWith(Singleton.class)
            .orShould().beAnnotatedWith(Stateful.class)
            .because("records a boundary exchanges belong in the component's model package");

    /** JAX-RS and Faces are the web module's business. */
    static final ArchRule HTTP_AND_FACES_IN_WEB = noClasses().that().resideOutsideOfPackages(WEB)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "jakarta.ws.rs..", "jakarta.faces..", "org.primefaces..", "org.omnifaces..")
            .because("business components answer Java calls, not HTTP requests or pages");

    /** The web module reads and writes through the boundaries, never through the persistence context. */
    static final ArchRule NO_ENTITY_MANAGER_IN_WEB = noClasses().that().resideInAnyPackage(WEB)
            .should().dependOnClassesThat().belongToAnyOf(EntityManager.class, EntityManagerFactory.class)
            .because("transactions and security checks are the boundaries' job");

    private ArchitectureRules() {
    }
}
