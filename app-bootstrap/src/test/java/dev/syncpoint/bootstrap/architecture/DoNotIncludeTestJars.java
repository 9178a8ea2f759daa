package dev.syncpoint.bootstrap.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import java.util.regex.Pattern;

/**
 * Leaves out test-jars such as lock-application's contract kit.
 *
 * <p>Inside a Maven build those arrive as {@code *-tests.jar} files, which ArchUnit's own
 * {@code DoNotIncludeTests} does not recognise, because it only knows test class folders.
 */
final class DoNotIncludeTestJars implements ImportOption {

    private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar!/.*");

    @Override
    public boolean includes(Location location) {
        return !location.matches(TEST_JAR);
    }
}
