package org.waymark.organisation.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.waymark.base.domain.Nation;
import org.waymark.base.domain.NotFoundException;
import org.waymark.organisation.domain.BankHolidayRepository;
import org.waymark.organisation.domain.LocalAuthorityRepository;
import org.waymark.organisation.domain.Scheme;
import org.waymark.organisation.domain.SchoolFamilyRepository;
import org.waymark.organisation.domain.SchoolRepository;
import org.waymark.security.service.AccessPolicy;
import org.waymark.security.service.CurrentUser;

/** The authority's schemes read fresh each time, its nation once per node (DD025). */
class OrganisationReadsTest {

    private final LocalAuthorityRepository authorities = mock(LocalAuthorityRepository.class);
    private final OrganisationService service = new OrganisationService(authorities,
            mock(SchoolFamilyRepository.class), mock(SchoolRepository.class), mock(BankHolidayRepository.class),
            mock(AccessPolicy.class), mock(CurrentUser.class));

    @Test
    void the_schemes_are_read_each_time_so_a_change_counts_at_once() {
        when(authorities.findSchemeNames(7)).thenReturn(List.of("DESCRIPTOR_TOP_UP"),
                List.of("DESCRIPTOR_TOP_UP", "RESOURCE_ALLOCATION"));
        assertThat(service.schemes(7)).containsExactly(Scheme.DESCRIPTOR_TOP_UP);
        assertThat(service.schemes(7)).containsExactlyInAnyOrder(Scheme.DESCRIPTOR_TOP_UP, Scheme.RESOURCE_ALLOCATION);
        verify(authorities, times(2)).findSchemeNames(7);
    }

    @Test
    void an_authority_without_schemes_runs_none_and_one_that_does_not_exist_is_not_found() {
        when(authorities.findNationName(8)).thenReturn(Optional.of("WALES"));
        assertThat(service.schemes(8)).isEmpty();
        assertThatThrownBy(() -> service.schemes(9)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_nation_is_read_once_as_it_never_changes() {
        when(authorities.findNationName(7)).thenReturn(Optional.of("SCOTLAND"));
        assertThat(service.nation(7)).isEqualTo(Nation.SCOTLAND);
        assertThat(service.nation(7)).isEqualTo(Nation.SCOTLAND);
        verify(authorities, times(1)).findNationName(7);
        assertThatThrownBy(() -> service.nation(9)).isInstanceOf(NotFoundException.class);
    }
}
