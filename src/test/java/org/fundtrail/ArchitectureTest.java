package org.fundtrail;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

/** The boundaries the code is meant to keep, checked on every build. */
class ArchitectureTest {

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.fundtrail");
    }

    /** Other capabilities see a capability only through its {@code api} package. */
    @ParameterizedTest
    @ValueSource(strings = {"fund", "organisation", "programme", "contract", "evidence"})
    void capabilitiesMeetOnlyThroughTheirApi(String capability) {
        noClasses().that().resideOutsideOfPackage("org.fundtrail." + capability + "..")
                .should().dependOnClassesThat().resideInAPackage("org.fundtrail." + capability)
                .because("other capabilities may import only org.fundtrail." + capability + ".api")
                .check(main);
    }

    @Test
    void aggregatesAreHiddenInTheirCapability() {
        classes().that().areAnnotatedWith(Aggregate.class).should().notBePublic().check(main);
    }

    @Test
    void eventsAreRevisionedRecordsInAnApiPackage() {
        classes().that().areAnnotatedWith(Revision.class)
                .should().beRecords().andShould().resideInAPackage("..api..")
                .check(main);
    }

    @Test
    void moneyIsNeverAFloatingPointNumber() {
        noFields().that().areDeclaredInClassesThat().resideInAPackage("org.fundtrail..")
                .should().haveRawType(double.class).orShould().haveRawType(float.class)
                .orShould().haveRawType(Double.class).orShould().haveRawType(Float.class)
                .check(main);
    }

    @Test
    void theApiOfACapabilityDependsOnNoImplementation() {
        noClasses().that().resideInAPackage("..api..")
                .should().dependOnClassesThat().resideInAnyPackage("org.fundtrail.fund", "org.fundtrail.organisation",
                        "org.fundtrail.programme", "org.fundtrail.contract",
                        "org.fundtrail.evidence", "org.fundtrail.journal", "org.fundtrail.security")
                .check(main);
    }

    @Test
    void aggregatesDoNotReadTheClockOrMakeIdsThemselves() {
        noClasses().that().areAnnotatedWith(Aggregate.class)
                .should().callMethod(java.util.UUID.class, "randomUUID")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .check(main);
    }

}
