package fr.tandem.it.suite;

import org.jboss.arquillian.container.spi.ContainerRegistry;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;

/**
 * Deploys the application once for all the test classes of a run instead of once per class (Payara
 * Micro's managed container starts a new server for each deployment, about 40 s each).
 *
 * <p>Arquillian fires, before each class, {@code GenerateDeployment} (which puts the class's
 * {@link DeploymentScenario} in the class scope) then {@code DeployManagedDeployments}, and after
 * each class {@code UnDeployManagedDeployments}. The observer below intercepts them: the first class
 * generates and deploys its scenario as usual; every later class is handed that same scenario, so
 * that its tests run in the context of the deployment already made (its {@code @ArquillianResource
 * URL} comes from that deployment), and neither generates nor deploys its own; no class undeploys.
 * The deployment is undeployed after the last class, before the containers stop. Hence every test
 * class of the run must deploy the same application, as those extending {@code ApiTestBase} do.
 */
public class SuiteDeployment implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Deployer.class);
    }

    /** Keeps the first class's deployment for the whole run (one instance per run). */
    public static class Deployer {

        @Inject
        @ClassScoped
        private InstanceProducer<DeploymentScenario> classScenario;

        @Inject
        private Instance<ContainerRegistry> containers;

        @Inject
        private Event<UnDeployDeployment> undeploy;

        private DeploymentScenario suiteScenario;

        public void generate(@Observes EventContext<GenerateDeployment> context) {
            if (suiteScenario == null) {
                context.proceed();
                suiteScenario = classScenario.get();
            } else {
                classScenario.set(suiteScenario);
            }
        }

        /** Deploys for the first class; if that failed, every later class fails with the same cause. */
        public void deploy(@Observes EventContext<DeployManagedDeployments> context) {
            for (Deployment failed : suiteScenario.deploymentsInError()) {
                throw new IllegalStateException("The deployment shared by the test classes failed",
                        failed.getDeploymentError());
            }
            if (suiteScenario.deployedDeployments().isEmpty()) {
                context.proceed();
            }
        }

        /** Leaves the deployment in place after a class: not proceeding cancels the undeployment. */
        public void keep(@Observes EventContext<UnDeployManagedDeployments> context) {
        }

        /** Undeploys after the last class, before the suite's containers stop (a higher precedence runs first). */
        public void undeploy(@Observes(precedence = 1) AfterSuite event) {
            if (suiteScenario == null) {
                return;
            }
            for (Deployment deployment : suiteScenario.deployedDeployments()) {
                undeploy.fire(new UnDeployDeployment(
                        containers.get().getContainer(deployment.getDescription().getTarget()), deployment));
            }
        }
    }
}
