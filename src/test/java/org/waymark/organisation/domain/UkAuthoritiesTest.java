package org.waymark.organisation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UkAuthoritiesTest {

    private final UkAuthorities list = UkAuthorities.list();

    @Test
    void the_list_holds_every_english_authority_the_22_welsh_the_32_scottish_and_northern_ireland() {
        Map<UkAuthority.Country, Long> perCountry = list.all().stream()
                .collect(Collectors.groupingBy(UkAuthority::country, Collectors.counting()));
        assertThat(perCountry).containsExactlyInAnyOrderEntriesOf(Map.of(UkAuthority.Country.ENGLAND, 153L,
                UkAuthority.Country.WALES, 22L, UkAuthority.Country.SCOTLAND, 32L,
                UkAuthority.Country.NORTHERN_IRELAND, 1L));
        assertThat(list.all().stream().filter(a -> a.country() == UkAuthority.Country.ENGLAND))
                .allSatisfy(a -> assertThat(a.code()).matches("[2-9][0-9]{2}"));
        assertThat(list.all().stream().filter(a -> a.country() == UkAuthority.Country.WALES))
                .allSatisfy(a -> assertThat(a.nameCy()).isNotBlank());
        assertThat(list.all().stream().map(a -> UkAuthorities.key(a.name()))
                .collect(Collectors.toMap(Function.identity(), k -> 1, Integer::sum)))
                .as("every English name reduces to a key no other authority has").allSatisfy((k, n) -> assertThat(n).isOne());
    }

    @Test
    void names_show_in_the_readers_language() {
        UkAuthority swansea = list.byCode("670").orElseThrow();
        assertThat(swansea.displayName("cy")).isEqualTo("Abertawe");
        assertThat(swansea.displayName("en")).isEqualTo("Swansea");
        assertThat(list.displayName("330", "cy")).isEqualTo("Birmingham");
        assertThat(list.displayName("S12000036", "en")).isEqualTo("City of Edinburgh");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Birmingham City Council|330",
            "  birmingham |330",
            "London Borough of Camden|202",
            "Royal Borough of Kensington & Chelsea|207",
            "City of London|201",
            "Leicester City Council|856",
            "Leicestershire County Council|855",
            "Saint Helens|342",
            "St. Helens Council|342",
            "Cyngor Sir Ddinbych|663",
            "Dinas a Sir Abertawe|670",
            "Ynys Mon|660",
            "Edinburgh City Council|S12000036",
            "Bath & North East Somerset Council|800",
            "Bournemouth Christchurch and Poole Council|839",
            "330|330",
            "s12000049|S12000049"})
    void a_typed_name_matches_its_authority(String typed, String code) {
        assertThat(list.match(typed)).map(UkAuthority::code).contains(code);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Brackenmoor Borough Council", "Council", "Hull", "Not known", "999"})
    void a_name_the_list_does_not_hold_matches_nothing(String typed) {
        assertThat(list.match(typed)).isEmpty();
    }
}
