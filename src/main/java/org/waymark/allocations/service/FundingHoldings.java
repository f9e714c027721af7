package org.waymark.allocations.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.waymark.allocations.domain.Allocation;
import org.waymark.allocations.domain.FundingStream;
import org.waymark.base.domain.Money;
import org.waymark.pupils.domain.PupilHoldings;
import org.waymark.security.domain.Roles;

/** A pupil's funding on their record: how many ledger lines, and what they hold now or from a coming day. */
@Component
class FundingHoldings implements PupilHoldings {

    private final AllocationService allocations;
    private final Clock clock;

    FundingHoldings(AllocationService allocations, Clock clock) {
        this.allocations = allocations;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 30;
    }

    /** Through {@link AllocationService#ofPupil}: scope checked and the read audited, as the funding page does. */
    @Override
    @PreAuthorize(Roles.PUPIL_READERS)
    public Optional<Holding> about(long pupilId) {
        LocalDate today = LocalDate.now(clock);
        List<Allocation> lines = allocations.ofPupil(pupilId).lines().stream().filter(a -> !a.ranNever()).toList();
        List<Text> status = lines.stream().filter(a -> !a.getEndDate().isBefore(today))
                .sorted(java.util.Comparator.comparing(Allocation::getStartDate))
                .map(a -> a.getStartDate().isAfter(today)
                        ? Text.of("pupil.holdings.funding.from", what(a), a.getStartDate(), a.getEndDate())
                        : Text.of("pupil.holdings.funding.until", what(a), a.getEndDate()))
                .toList();
        return Optional.of(new Holding("funding", Text.of("pupil.holdings.funding", lines.size()),
                "pupils/" + pupilId + "/allocations", status));
    }

    /** HLN by its level's name, FNF by what it pays for, assistant hours by hours a week, anything else by its stream and yearly amount. */
    static Text what(Allocation a) {
        String level = a.getLevel();
        if (a.getStream() == FundingStream.HLN && level != null && level.matches("HLN[123]")) {
            return Text.of("pupil.holdings.level." + level);
        }
        if (a.getStream() == FundingStream.FNF && level != null) {
            return Text.of("enum.FnfPurpose." + level);
        }
        if (a.getStream().inHours()) {
            return Text.of("pupil.holdings.funding.hours", Text.of("enum.FundingStream." + a.getStream().name()),
                    a.getAmount().stripTrailingZeros().toPlainString());
        }
        return Text.of("pupil.holdings.funding.amount", Text.of("enum.FundingStream." + a.getStream().name()),
                Money.pounds(a.getAmount()));
    }
}
