package dev.syncpoint.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module edges of DESIGN.md as ArchUnit rules.
 *
 * <p>{@link ModuleBoundariesTest} checks them against the production classes of every module;
 * {@link ModuleBoundariesCatchViolationsTest} checks the very same constants against deliberate
 * violations, so a rule that names a package nobody uses cannot pass unnoticed. Every rule fails
 * when it finds no class to check.
 */
public final class ModuleBoundaries {

    private static final String DOMAIN = "dev.syncpoint.domain..";
    private static final String APPLICATION = "dev.syncpoint.application..";
    private static final String ADAPTERS = "dev.syncpoint.adapter..";
    private static final String BOOTSTRAP = "dev.syncpoint.bootstrap..";

    /** Frameworks and drivers that belong in adapters; {@code java.sql} is JDBC. */
    private static final String[] INFRASTRUCTURE = {
        "io.javalin..",
        "org.eclipse.jetty..",
        "com.fasterxml.jackson..",
        "tools.jackson..",
        "org.jdbi..",
        "java.sql..",
        "javax.sql..",
        "com.zaxxer.hikari..",
        "com.auth0..",
        "org.postgresql..",
        "org.flywaydb..",
    };

    @ArchTest
    public static final ArchRule DOMAIN_USES_ONLY_THE_JDK = classes()
            .that()
            .resideInAPackage(DOMAIN)
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", DOMAIN)
            .because("the domain is plain Java that any program can embed");

    @ArchTest
    public static final ArchRule APPLICATION_USES_ONLY_THE_JDK_AND_DOMAIN = classes()
            .that()
            .resideInAPackage(APPLICATION)
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "javax.crypto..", DOMAIN, APPLICATION)
            .because("the use cases are embedded as a library and must bring no dependency of their own"
                    + " (javax.crypto is the JDK's, for the built-in password hasher)");

    @ArchTest
    public static final ArchRule DOMAIN_DOES_NOT_USE_APPLICATION = noClasses()
            .that()
            .resideInAPackage(DOMAIN)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(APPLICATION)
            .because("use cases build on the domain, never the other way round");

    @ArchTest
    public static final ArchRule DOMAIN_USES_NO_INFRASTRUCTURE = usesNoInfrastructure(DOMAIN);

    @ArchTest
    public static final ArchRule APPLICATION_USES_NO_INFRASTRUCTURE = usesNoInfrastructure(APPLICATION);

    @ArchTest
    public static final ArchRule DOMAIN_DOES_NOT_USE_ADAPTERS_OR_BOOTSTRAP = usesNoOuterModule(DOMAIN);

    @ArchTest
    public static final ArchRule APPLICATION_DOES_NOT_USE_ADAPTERS_OR_BOOTSTRAP = usesNoOuterModule(APPLICATION);

    @ArchTest
    public static final ArchRule ADAPTERS_DO_NOT_USE_EACH_OTHER = slices().matching("dev.syncpoint.adapter.(*)..")
            .should()
            .notDependOnEachOther()
            .because("each adapter talks to the application through its ports alone");

    @ArchTest
    public static final ArchRule ONLY_BOOTSTRAP_USES_BOOTSTRAP = noClasses()
            .that()
            .resideOutsideOfPackage(BOOTSTRAP)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(BOOTSTRAP)
            .because("the bootstrap wires everything and so must stay a leaf that nothing imports");

    private ModuleBoundaries() {}

    private static ArchRule usesNoInfrastructure(String module) {
        return noClasses()
                .that()
                .resideInAPackage(module)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(INFRASTRUCTURE)
                .because("web, JSON, SQL and token libraries are adapter concerns");
    }

    private static ArchRule usesNoOuterModule(String module) {
        return noClasses()
                .that()
                .resideInAPackage(module)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(ADAPTERS, BOOTSTRAP)
                .because("the core is reached through ports and never knows who plugs into them");
    }
}
