package org.waymark.bids.service;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.waymark.attachments.domain.AttachmentKind;
import org.waymark.bids.domain.BidContext;
import org.waymark.bids.domain.BidFramework;
import org.waymark.bids.domain.ThemeChoice;
import org.waymark.descriptors.domain.DescriptorFramework;
import org.waymark.descriptors.domain.FrameworkArea;
import org.waymark.descriptors.domain.LevelProposal;
import org.waymark.descriptors.service.DescriptorFrameworkService;

/**
 * Bids' view of the descriptor frameworks: reads them through the framework service and shapes
 * them as bids need them; proposes a level with the framework's documented rule.
 */
@Component
class DescriptorBidFrameworks implements BidFrameworks {

    private final DescriptorFrameworkService frameworks;
    private final int minThemes;

    DescriptorBidFrameworks(DescriptorFrameworkService frameworks,
                            @Value("${waymark.bids.proposal.min-themes:2}") int minThemes) {
        this.frameworks = frameworks;
        this.minThemes = minThemes;
    }

    @Override
    public Optional<BidFramework> publishedFor(long localAuthorityId, LocalDate date) {
        return frameworks.publishedFor(localAuthorityId, date).map(DescriptorBidFrameworks::shape);
    }

    @Override
    public BidFramework byId(long frameworkId) {
        return shape(frameworks.forBid(frameworkId));
    }

    @Override
    public Proposal propose(BidFramework framework, List<ThemeChoice> choices) {
        LevelProposal.Proposal p = LevelProposal.propose(choices.stream()
                .map(c -> new LevelProposal.Choice(c.areaCode(), c.themeCode(), c.levelCode())).toList(), minThemes)
                .orElseThrow();
        String areaName = framework.area(p.areaCode()).map(BidFramework.Area::name).orElse(p.areaCode());
        return new Proposal(p.levelCode(), "bid.proposal", List.of("bid.level." + p.levelCode(), areaName,
                p.themesAtOrAbove(), p.themesChosen(), minThemes));
    }

    static BidFramework shape(DescriptorFramework f) {
        Map<String, Map<String, String>> texts = new LinkedHashMap<>();
        f.getDescriptors().forEach(d -> texts.computeIfAbsent(d.themeCode(), k -> new LinkedHashMap<>())
                .put(d.levelCode(), d.text()));
        List<BidFramework.Area> areas = f.getAreas().stream().map(a -> new BidFramework.Area(a.code(), a.name(),
                a.columns(), f.themesOf(a.code()).stream().map(t -> new BidFramework.Theme(t.code(), t.name(),
                texts.getOrDefault(t.code(), Map.of()))).toList())).toList();
        List<BidFramework.Level> levels = f.getFundingLevels().stream().map(l -> new BidFramework.Level(l.code(), l.name(),
                l.columnCode(), l.minAmount(), l.maxAmount())).toList();
        List<BidContext.EvidenceRequirement> evidence = f.getEvidenceRules().stream()
                .map(r -> new BidContext.EvidenceRequirement(r.areaCode(), r.themeCode(), r.levelCode(),
                        AttachmentKind.valueOf(r.attachmentKind()), r.message())).toList();
        return new BidFramework(java.util.Objects.requireNonNull(f.getId()), f.label(), areas, levels,
                f.getNotionalThreshold(), evidence, f.getAreas().stream().filter(FrameworkArea::behaviour)
                .map(FrameworkArea::code).collect(Collectors.toSet()));
    }
}
