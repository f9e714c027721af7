package org.waymark.panels.service;

import org.waymark.organisation.domain.Scheme;
import java.util.Set;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.waymark.panels.domain.DecisionLetter;
import org.waymark.pupils.domain.PupilHoldings;
import org.waymark.security.domain.Roles;

/** A pupil's decision letters on their record: how many were sent, and when the latest was. */
@Component
class LetterHoldings implements PupilHoldings {

    private final LetterService letters;

    LetterHoldings(LetterService letters) {
        this.letters = letters;
    }

    /** Bids and the panels' letters are the top-up schemes' work (see the views' {@code @ForSchemes}). */
    @Override
    public Set<Scheme> schemes() {
        return EnumSet.of(Scheme.DESCRIPTOR_TOP_UP, Scheme.RESOURCE_ALLOCATION);
    }

    @Override
    public int order() {
        return 40;
    }

    /** Through {@link LetterService#ofPupil}: scope checked and the read audited, as the letters page does. */
    @Override
    @PreAuthorize(Roles.PUPIL_READERS)
    public Optional<Holding> about(long pupilId) {
        List<DecisionLetter> sent = letters.ofPupil(pupilId).stream().map(LetterService.PupilLetter::letter).toList();
        List<Text> status = sent.stream().map(l -> Objects.requireNonNull(l.getSentOn()))
                .max(java.time.LocalDate::compareTo)
                .map(on -> List.of(Text.of("pupil.holdings.letters.latest", on))).orElse(List.of());
        return Optional.of(new Holding("letters", Text.of("pupil.holdings.letters", sent.size()),
                "pupils/" + pupilId + "/letters", status));
    }
}
