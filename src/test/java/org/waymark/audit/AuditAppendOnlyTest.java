package org.waymark.audit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.data.repository.CrudRepository;
import org.waymark.audit.domain.AuditEventRepository;

import com.tngtech.archunit.core.domain.JavaClasses;

/**
 * The application never changes or deletes an audit row (DD013): the repository offers adding and
 * finding only, and only the audit feature reaches it. (The database's triggers refuse the rest:
 * AuditChainIT on H2, AuditLogMySqlIT on MariaDB.)
 */
class AuditAppendOnlyTest {

    private static final JavaClasses CLASSES = org.waymark.ProductionClasses.all();

    @Test
    void the_audit_repository_can_add_and_find_but_not_change_or_delete() {
        assertThat(CrudRepository.class.isAssignableFrom(AuditEventRepository.class)).isFalse();
        assertThat(Arrays.stream(AuditEventRepository.class.getMethods()).map(Method::getName).distinct())
                .containsExactlyInAnyOrder("save", "saveAll", "findForSubject", "findLatestByActor");
    }

    @Test
    void only_the_audit_feature_touches_the_audit_repository() {
        classes().that().areAssignableTo(AuditEventRepository.class).should().onlyHaveDependentClassesThat()
                .resideInAPackage("org.waymark.audit..").check(CLASSES);
        noClasses().that().resideOutsideOfPackage("org.waymark.audit..")
                .should().dependOnClassesThat().areAssignableTo(AuditEventRepository.class).check(CLASSES);
    }
}
