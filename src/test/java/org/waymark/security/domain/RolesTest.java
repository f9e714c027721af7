package org.waymark.security.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class RolesTest {

    @Test
    void every_role_constant_names_a_role_and_every_role_has_a_constant() throws Exception {
        Set<String> constants = Arrays.stream(Roles.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && !f.getName().startsWith("STAFF")
                        && !f.getName().startsWith("PUPIL"))
                .map(RolesTest::value).collect(Collectors.toSet());
        Set<String> roles = Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toSet());
        assertThat(constants).isEqualTo(roles);
    }

    @Test
    void the_pupil_reader_expression_lists_exactly_the_staff_who_read_pupils_and_parents() {
        for (Role role : Role.values()) {
            boolean listed = Roles.PUPIL_READERS.contains("'" + role.name() + "'");
            boolean shouldBe = Role.staffReadingPupils().contains(role) || role == Role.PARENT;
            assertThat(listed).as(role.name()).isEqualTo(shouldBe);
            assertThat(Roles.STAFF_READING_PUPILS.contains("'" + role.name() + "'")).as(role.name())
                    .isEqualTo(Role.staffReadingPupils().contains(role));
        }
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
