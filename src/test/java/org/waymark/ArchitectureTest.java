package org.waymark;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

/** The package shape of ARCHITECTURE-NOTES, enforced. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = org.waymark.ProductionClasses.all();

    @Test
    void domain_depends_on_neither_service_nor_ui() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..service..", "..ui..")
                .check(CLASSES);
    }

    @Test
    void services_never_depend_on_ui() {
        noClasses().that().resideInAPackage("..service..")
                .should().dependOnClassesThat().resideInAPackage("..ui..")
                .check(CLASSES);
    }

    @Test
    void repositories_are_used_only_from_domain_and_service() {
        classes().that().areAssignableTo(Repository.class)
                .should().onlyHaveDependentClassesThat().resideInAnyPackage("..domain..", "..service..")
                .check(CLASSES);
    }

    /** House rule: a text is counted and refused past its limit, never cut by the browser. */
    @Test
    void no_text_field_gets_the_browsers_maxlength() {
        noClasses().should().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.core.domain.properties.HasName.Predicates.name("setMaxLength")))
                .because("the browser's maxlength cuts typed and pasted text without a word: use base/ui/TextLimit")
                .check(CLASSES);
    }

    /** A refused file answers as a missing one (DD014): every download is made by base/ui/Downloads. */
    @Test
    void downloads_are_made_only_by_base_ui_downloads() {
        noClasses().that().doNotHaveFullyQualifiedName("org.waymark.base.ui.Downloads")
                .should().callMethod(com.vaadin.flow.server.streams.DownloadHandler.class, "fromInputStream",
                        com.vaadin.flow.server.streams.InputStreamDownloadCallback.class)
                .because("Downloads.file answers a refused and a missing file alike; fromInputStream answers a 500")
                .check(CLASSES);
    }

    @Test
    void views_never_touch_repositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(CLASSES);
    }

    /** The shell (base.ui) may use every feature; features must not form cycles among themselves. */
    @Test
    void no_cycles_between_features() {
        slices().matching("org.waymark.(*)..").should().beFreeOfCycles()
                .ignoreDependency(resideInAPackage("org.waymark.base.ui.."), alwaysTrue())
                .check(CLASSES);
    }

    @Test
    void every_view_declares_who_may_open_it() {
        classes().that().areAnnotatedWith(Route.class).or().implement(HasErrorParameter.class)
                .should().beAnnotatedWith(RolesAllowed.class).orShould().beAnnotatedWith(PermitAll.class)
                .orShould().beAnnotatedWith(AnonymousAllowed.class).orShould().beAnnotatedWith(DenyAll.class)
                .check(CLASSES);
    }

    @Test
    void every_public_method_of_a_pupil_data_service_carries_method_security() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
                .and().areDeclaredInClassesThat().resideInAnyPackage("..pupils.service..", "..home.service..", "..plans.service..",
                        "..attachments.service..", "..notifications.service..",
                        "..bids.service..", "..descriptors.service..", "..moderation.service..",
                        "..allocations.service..", "..panels.service..", "..asn.service..", "..aln.service..",
                        "..ehc.service..", "..ras.service..", "..reporting.service..",
                        "..dataprotection.service..", "..imports.service..")
                .and().arePublic()
                .should().beAnnotatedWith(PreAuthorize.class)
                .check(CLASSES);
    }

    @Test
    void every_package_says_what_it_is_and_declares_nullness() {
        Set<String> packages = new TreeSet<>();
        for (JavaClass type : CLASSES) {
            packages.add(type.getPackageName());
        }
        List<String> missing = new ArrayList<>();
        for (String name : packages) {
            try {
                Class<?> info = Class.forName(name + ".package-info");
                if (!info.isAnnotationPresent(NullMarked.class)) {
                    missing.add(name + " (no @NullMarked)");
                }
            } catch (ClassNotFoundException e) {
                missing.add(name + " (no package-info)");
            }
        }
        assertThat(missing).isEmpty();
    }

    /** Issue 21 point 4 (DD015): with several nodes a job without ShedLock's lock would run on each of them. */
    @Test
    void every_scheduled_job_runs_on_one_node_at_a_time() {
        methods().that().areAnnotatedWith(org.springframework.scheduling.annotation.Scheduled.class)
                .should().beAnnotatedWith(net.javacrumbs.shedlock.spring.annotation.SchedulerLock.class)
                .andShould().bePublic()
                .check(CLASSES);
    }

    /**
     * Issue 22 point 4 (DD018): the API's services act for a client signed in by its key; each public
     * method says who may call it. (The key look-up, which runs before sign-in, is a component.)
     */
    @Test
    void every_public_method_of_an_api_service_carries_method_security() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
                .and().areDeclaredInClassesThat().resideInAnyPackage("..api.service..")
                .and().arePublic()
                .should().beAnnotatedWith(PreAuthorize.class)
                .check(CLASSES);
    }
}
