package dev.syncpoint.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.Location;
import java.net.URI;
import org.junit.jupiter.api.Test;

class DoNotIncludeTestJarsTest {

    private final DoNotIncludeTestJars option = new DoNotIncludeTestJars();

    @Test
    void leavesOutClassesFromATestJar() {
        var contractKit = jarEntry("lock-application-0.1.0-SNAPSHOT-tests.jar");

        assertThat(option.includes(contractKit)).isFalse();
    }

    @Test
    void keepsClassesFromAModuleJar() {
        var module = jarEntry("lock-application-0.1.0-SNAPSHOT.jar");

        assertThat(option.includes(module)).isTrue();
    }

    private static Location jarEntry(String jar) {
        return Location.of(
                URI.create("jar:file:/repo/lock-application/target/" + jar + "!/dev/syncpoint/application/Port.class"));
    }
}
