package org.waymark;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The portal's own classes (tests left out), imported once per test JVM for every ArchUnit check:
 * the import is the slow part (tens of seconds on two cores), the checks themselves are quick.
 */
public final class ProductionClasses {

    private static final class Holder {
        static final JavaClasses ALL = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.waymark");
    }

    private ProductionClasses() {
    }

    /** All classes under {@code org.waymark} in the main output. */
    public static JavaClasses all() {
        return Holder.ALL;
    }
}
