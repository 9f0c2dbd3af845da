package fr.tandem.system;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Keeps what the browser showed when a system test failed: a screenshot and the page source in
 * {@code tandem.st.evidenceDir} (default {@code target/st-evidence}).
 */
class FailureEvidence implements TestWatcher {

    private static final Path DIRECTORY = Path.of(System.getProperty("tandem.st.evidenceDir", "target/st-evidence"));

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        context.getTestInstance()
                .filter(SystemTestBase.class::isInstance)
                .map(SystemTestBase.class::cast)
                .ifPresent(test -> test.saveEvidence(DIRECTORY, fileName(context)));
    }

    /** Class and method, and for a parameterized test the display name of the invocation ({@code [1] ADMIN}). */
    private static String fileName(ExtensionContext context) {
        String method = context.getRequiredTestMethod().getName();
        String name = context.getRequiredTestClass().getSimpleName() + "-" + method;
        if (!context.getDisplayName().startsWith(method + "(")) {
            name += "-" + context.getDisplayName();
        }
        return name.replaceAll("[^A-Za-z0-9._-]+", "_");
    }
}
