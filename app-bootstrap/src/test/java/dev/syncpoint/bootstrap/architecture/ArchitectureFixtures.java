package dev.syncpoint.bootstrap.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;

/**
 * Compiles sets of fixture sources from the test resources folder {@code architecture-fixtures}
 * and imports the result for ArchUnit.
 *
 * <p>The fixtures declare the real package names ({@code dev.syncpoint.domain.fixture} and so on),
 * so {@link ModuleBoundaries} judges them with the very rule objects that guard production. They
 * are compiled here, into a folder of the caller's choosing, instead of by Maven: that keeps them
 * off every classpath, so no module ever ships a class inside another module's package. The set
 * {@code libraries} mimics Javalin, JDBI and the others by class name only, which is all the rules
 * look at; the fixtures are compiled against nothing but the JDK and each other.
 */
final class ArchitectureFixtures {

    private static final String ROOT = "/architecture-fixtures";

    private ArchitectureFixtures() {}

    static JavaClasses compile(Path outputDir, String... sets) {
        try {
            Files.createDirectories(outputDir);
            runJavac(outputDir, sourcesOf(sets));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ClassFileImporter().importPath(outputDir);
    }

    private static void runJavac(Path outputDir, List<Path> sources) throws IOException {
        JavaCompiler javac = Objects.requireNonNull(
                ToolProvider.getSystemJavaCompiler(), "Compiling the fixtures needs a JDK, not a bare JRE");
        var diagnostics = new DiagnosticCollector<JavaFileObject>();
        try (var files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            var options = List.of(
                    "--release", "17", "-proc:none", "-classpath", outputDir.toString(), "-d", outputDir.toString());
            var units = files.getJavaFileObjectsFromPaths(sources);
            if (!javac.getTask(null, files, diagnostics, options, null, units).call()) {
                throw new IllegalStateException(
                        "Architecture fixtures do not compile: " + diagnostics.getDiagnostics());
            }
        }
    }

    private static List<Path> sourcesOf(String... sets) throws IOException {
        var sources = new ArrayList<Path>();
        for (String set : sets) {
            try (Stream<Path> files = Files.walk(root().resolve(set))) {
                files.filter(file -> file.toString().endsWith(".java")).forEach(sources::add);
            }
        }
        return sources;
    }

    private static Path root() {
        try {
            return Path.of(ArchitectureFixtures.class.getResource(ROOT).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Unreadable fixture location " + ROOT, e);
        }
    }
}
