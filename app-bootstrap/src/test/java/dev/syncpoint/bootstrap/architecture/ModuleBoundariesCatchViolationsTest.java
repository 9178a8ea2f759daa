package dev.syncpoint.bootstrap.architecture;

import static dev.syncpoint.bootstrap.architecture.ModuleBoundaries.ADAPTERS_DO_NOT_USE_EACH_OTHER;
import static dev.syncpoint.bootstrap.architecture.ModuleBoundaries.APPLICATION_DOES_NOT_USE_ADAPTERS_OR_BOOTSTRAP;
import static dev.syncpoint.bootstrap.architecture.ModuleBoundaries.APPLICATION_USES_NO_INFRASTRUCTURE;
import static dev.syncpoint.bootstrap.architecture.ModuleBoundaries.APPLICATION_USES_ONLY_THE_JDK_AND_DOMAIN;
import static dev.syncpoint.bootstrap.architecture.ModuleBoundaries.DOMAIN_DOES_NOT_USE_ADAPTERS_OR_BOOTSTRAP;
import static dev.syncpoint.bootstrap.architecture.ModuleBoundaries.DOMAIN_DOES_NOT_USE_APPLICATION;
import static dev.syncpoint.bootstrap.architecture.ModuleBoundaries.DOMAIN_USES_NO_INFRASTRUCTURE;
import static dev.syncpoint.bootstrap.architecture.ModuleBoundaries.DOMAIN_USES_ONLY_THE_JDK;
import static dev.syncpoint.bootstrap.architecture.ModuleBoundaries.ONLY_BOOTSTRAP_USES_BOOTSTRAP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Shows that each rule of {@link ModuleBoundaries} bites: the same rule objects that guard
 * production report a planted violation, stay quiet on a layout that keeps every edge, and refuse
 * to pass when they find nothing to check.
 */
class ModuleBoundariesCatchViolationsTest {

    private static final String DOMAIN = "dev.syncpoint.domain.fixture.";
    private static final String APPLICATION = "dev.syncpoint.application.fixture.";
    private static final String REST = "dev.syncpoint.adapter.rest.fixture.";
    private static final String POSTGRES = "dev.syncpoint.adapter.postgres.fixture.";
    private static final String WEBSOCKET = "dev.syncpoint.adapter.websocket.fixture.";
    private static final String BOOTSTRAP = "dev.syncpoint.bootstrap.fixture.";

    /** One class from each forbidden library, spelled independently of the rules. */
    private static final List<String> INFRASTRUCTURE = List.of(
            "io.javalin.Javalin",
            "org.eclipse.jetty.server.Server",
            "com.fasterxml.jackson.databind.ObjectMapper",
            "tools.jackson.databind.ObjectMapper",
            "org.jdbi.v3.core.Jdbi",
            "java.sql.Connection",
            "javax.sql.DataSource",
            "com.zaxxer.hikari.HikariDataSource",
            "com.auth0.jwt.JWT",
            "org.postgresql.Driver",
            "org.flywaydb.core.Flyway");

    @TempDir
    static Path workDir;

    private static JavaClasses compliant;
    private static JavaClasses violating;

    @BeforeAll
    static void compileFixtures() {
        compliant = ArchitectureFixtures.compile(workDir.resolve("compliant"), "libraries", "compliant");
        violating = ArchitectureFixtures.compile(workDir.resolve("violating"), "libraries", "violating");
    }

    static Stream<Arguments> plantedViolations() {
        var edges = Stream.of(
                planted(DOMAIN_USES_ONLY_THE_JDK, DOMAIN + "LoggingSlot", "org.slf4j.Logger"),
                planted(APPLICATION_USES_ONLY_THE_JDK_AND_DOMAIN, APPLICATION + "LoggingUseCase", "org.slf4j.Logger"),
                planted(DOMAIN_DOES_NOT_USE_APPLICATION, DOMAIN + "SlotCallingUseCase", APPLICATION + "LeakyUseCase"),
                planted(DOMAIN_DOES_NOT_USE_ADAPTERS_OR_BOOTSTRAP, DOMAIN + "SlotShownOnWeb", REST + "LeakyRoutes"),
                planted(
                        DOMAIN_DOES_NOT_USE_ADAPTERS_OR_BOOTSTRAP,
                        DOMAIN + "SlotReadingSettings",
                        BOOTSTRAP + "Settings"),
                planted(
                        APPLICATION_DOES_NOT_USE_ADAPTERS_OR_BOOTSTRAP,
                        APPLICATION + "LeakyUseCase",
                        POSTGRES + "LeakyStore"),
                planted(
                        APPLICATION_DOES_NOT_USE_ADAPTERS_OR_BOOTSTRAP,
                        APPLICATION + "UseCaseReadingSettings",
                        BOOTSTRAP + "Settings"),
                planted(ADAPTERS_DO_NOT_USE_EACH_OTHER, REST + "LeakyRoutes", POSTGRES + "LeakyStore"),
                planted(ONLY_BOOTSTRAP_USES_BOOTSTRAP, WEBSOCKET + "ChannelReadingSettings", BOOTSTRAP + "Settings"));
        var leaks = INFRASTRUCTURE.stream()
                .flatMap(library -> Stream.of(
                        planted(DOMAIN_USES_NO_INFRASTRUCTURE, DOMAIN + "TechnologyLeak", library),
                        planted(APPLICATION_USES_NO_INFRASTRUCTURE, APPLICATION + "TechnologyLeak", library)));
        return Stream.concat(edges, leaks);
    }

    @ParameterizedTest(name = "{0} reports {1} -> {2}")
    @MethodSource("plantedViolations")
    void eachRuleReportsTheViolationPlantedForIt(ArchRule rule, String origin, String target) {
        assertThat(violatedEdges(rule, violating)).contains(origin + " -> " + target);
    }

    @Test
    void everyRuleHasAPlantedViolation() {
        var proven = plantedViolations()
                .map(arguments -> (ArchRule) ((Named<?>) arguments.get()[0]).getPayload())
                .toList();

        assertThat(proven).containsAll(allRules().values());
    }

    @Test
    void noRuleObjectsToALayoutThatKeepsEveryEdge() {
        assertThat(allRules())
                .allSatisfy((name, rule) ->
                        assertThatCode(() -> rule.check(compliant)).as(name).doesNotThrowAnyException());
    }

    @Test
    void everyRuleFailsWhenItFindsNothingToCheck() {
        var nothing = new ClassFileImporter().importClasses();

        assertThat(allRules())
                .allSatisfy((name, rule) -> assertThatThrownBy(() -> rule.check(nothing))
                        .as(name)
                        .isInstanceOf(AssertionError.class)
                        .hasMessageContaining("failed to check any classes"));
    }

    private static Arguments planted(ArchRule rule, String origin, String target) {
        return arguments(Named.of(nameOf(rule), rule), origin, target);
    }

    private static List<String> violatedEdges(ArchRule rule, JavaClasses classes) {
        var edges = new ArrayList<String>();
        rule.evaluate(classes)
                .handleViolations((Collection<Dependency> dependencies, String message) -> dependencies.forEach(
                        dependency -> edges.add(dependency.getOriginClass().getName() + " -> "
                                + dependency.getTargetClass().getName())));
        return edges;
    }

    private static String nameOf(ArchRule rule) {
        return allRules().entrySet().stream()
                .filter(entry -> entry.getValue() == rule)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
    }

    /** Every public rule constant of {@link ModuleBoundaries}, by field name. */
    private static Map<String, ArchRule> allRules() {
        var rules = new LinkedHashMap<String, ArchRule>();
        for (Field field : ModuleBoundaries.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == ArchRule.class) {
                rules.put(field.getName(), readRule(field));
            }
        }
        return rules;
    }

    private static ArchRule readRule(Field field) {
        try {
            return (ArchRule) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
