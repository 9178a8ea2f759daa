package dev.syncpoint.bootstrap.architecture;

import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

/** Holds the production classes of all six modules to the edges of {@link ModuleBoundaries}. */
@AnalyzeClasses(
        packages = "dev.syncpoint",
        importOptions = {DoNotIncludeTests.class, DoNotIncludeTestJars.class})
class ModuleBoundariesTest {

    @ArchTest
    static final ArchTests MODULE_BOUNDARIES = ArchTests.in(ModuleBoundaries.class);
}
