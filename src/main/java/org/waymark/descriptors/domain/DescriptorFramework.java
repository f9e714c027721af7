package org.waymark.descriptors.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.waymark.base.domain.TransitionException;

/**
 * One authority's descriptor framework for one financial year (April to March). A draft is
 * edited (or replaced by an import); publishing it freezes it, and bids keep the id of the
 * framework they were made against. Next year's framework starts as a copy.
 */
public class DescriptorFramework {

    public static final BigDecimal DEFAULT_THRESHOLD = new BigDecimal("6000");

    @Id
    private @Nullable Long id;
    private final long localAuthorityId;
    private final int financialYear;
    private FrameworkStatus status;
    private BigDecimal notionalThreshold;
    @MappedCollection(idColumn = "DESCRIPTOR_FRAMEWORK_ID", keyColumn = "SORT_KEY")
    private List<FrameworkArea> areas;
    @MappedCollection(idColumn = "DESCRIPTOR_FRAMEWORK_ID", keyColumn = "SORT_KEY")
    private List<FrameworkTheme> themes;
    @MappedCollection(idColumn = "DESCRIPTOR_FRAMEWORK_ID", keyColumn = "SORT_KEY")
    private List<Descriptor> descriptors;
    @MappedCollection(idColumn = "DESCRIPTOR_FRAMEWORK_ID", keyColumn = "SORT_KEY")
    private List<FundingLevel> fundingLevels;
    @MappedCollection(idColumn = "DESCRIPTOR_FRAMEWORK_ID", keyColumn = "SORT_KEY")
    private List<EvidenceRule> evidenceRules;
    private Instant updatedAt;
    private String updatedBy;
    private @Nullable Instant publishedAt;
    private @Nullable String publishedBy;
    @Version
    private @Nullable Integer version;

    @PersistenceCreator
    @SuppressWarnings("java:S107") // mirrors the table
    DescriptorFramework(@Nullable Long id, long localAuthorityId, int financialYear, FrameworkStatus status,
                        BigDecimal notionalThreshold, List<FrameworkArea> areas, List<FrameworkTheme> themes,
                        List<Descriptor> descriptors, List<FundingLevel> fundingLevels,
                        List<EvidenceRule> evidenceRules, Instant updatedAt, String updatedBy,
                        @Nullable Instant publishedAt, @Nullable String publishedBy, @Nullable Integer version) {
        this.id = id;
        this.localAuthorityId = localAuthorityId;
        this.financialYear = financialYear;
        this.status = status;
        this.notionalThreshold = notionalThreshold;
        this.areas = new ArrayList<>(areas);
        this.themes = new ArrayList<>(themes);
        this.descriptors = new ArrayList<>(descriptors);
        this.fundingLevels = new ArrayList<>(fundingLevels);
        this.evidenceRules = new ArrayList<>(evidenceRules);
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.version = version;
    }

    public static DescriptorFramework draft(long localAuthorityId, int financialYear, FrameworkContent content,
                                            String actor, Instant now) {
        return new DescriptorFramework(null, localAuthorityId, financialYear, FrameworkStatus.DRAFT,
                content.threshold(), content.areas(), content.themes(), content.descriptors(), content.levels(),
                content.evidence(), now, actor, null, null, null);
    }


    public FrameworkContent content() {
        return new FrameworkContent(notionalThreshold, areas, themes, descriptors, fundingLevels, evidenceRules);
    }

    /** Replaces the whole content of a draft (an import). */
    public void replaceContent(FrameworkContent content, String actor, Instant now) {
        requireDraft();
        notionalThreshold = content.threshold();
        areas = new ArrayList<>(content.areas());
        themes = new ArrayList<>(content.themes());
        descriptors = new ArrayList<>(content.descriptors());
        fundingLevels = new ArrayList<>(content.levels());
        evidenceRules = new ArrayList<>(content.evidence());
        touch(actor, now);
    }

    public void editDescriptor(String themeCode, String levelCode, String text, String actor, Instant now) {
        requireDraft();
        int index = indexOfDescriptor(themeCode, levelCode);
        if (index < 0) {
            throw new IllegalArgumentException("No descriptor " + themeCode + "/" + levelCode);
        }
        descriptors.set(index, new Descriptor(themeCode, levelCode, text.strip()));
        touch(actor, now);
    }

    /** Marks a theme's cell "no descriptor at this level" (the theme keeps a descriptor elsewhere). */
    public void markNoDescriptor(String themeCode, String levelCode, String actor, Instant now) {
        requireDraft();
        int index = indexOfDescriptor(themeCode, levelCode);
        if (index < 0) {
            throw new IllegalArgumentException("No descriptor " + themeCode + "/" + levelCode);
        }
        descriptors.set(index, Descriptor.none(themeCode, levelCode));
        touch(actor, now);
    }

    /** Whether a theme would be left with no descriptor at any column if this cell were marked empty. */
    public boolean onlyDescriptorOf(String themeCode, String levelCode) {
        return descriptors.stream().filter(d -> d.themeCode().equals(themeCode) && !d.isNone())
                .allMatch(d -> d.levelCode().equals(levelCode));
    }

    public void editLevel(String code, BigDecimal min, BigDecimal max, String actor, Instant now) {
        requireDraft();
        for (int i = 0; i < fundingLevels.size(); i++) {
            FundingLevel l = fundingLevels.get(i);
            if (l.code().equals(code)) {
                fundingLevels.set(i, new FundingLevel(l.code(), l.name(), l.columnCode(), min, max));
                touch(actor, now);
                return;
            }
        }
        throw new IllegalArgumentException("No funding level " + code);
    }

    public void changeThreshold(BigDecimal threshold, String actor, Instant now) {
        requireDraft();
        notionalThreshold = threshold;
        touch(actor, now);
    }

    public void publish(String actor, Instant now) {
        requireDraft();
        status = FrameworkStatus.PUBLISHED;
        publishedAt = now;
        publishedBy = actor;
        touch(actor, now);
    }

    /** Next year's draft, starting from this year's content. */
    public DescriptorFramework copyForNextYear(String actor, Instant now) {
        return draft(localAuthorityId, financialYear + 1, content(), actor, now);
    }

    private int indexOfDescriptor(String themeCode, String levelCode) {
        for (int i = 0; i < descriptors.size(); i++) {
            if (descriptors.get(i).themeCode().equals(themeCode) && descriptors.get(i).levelCode().equals(levelCode)) {
                return i;
            }
        }
        return -1;
    }

    private void requireDraft() {
        if (status != FrameworkStatus.DRAFT) {
            throw new TransitionException("framework", status, FrameworkStatus.DRAFT);
        }
    }

    private void touch(String actor, Instant now) {
        updatedAt = now;
        updatedBy = actor;
    }

    public List<FrameworkTheme> themesOf(String areaCode) {
        return themes.stream().filter(t -> t.areaCode().equals(areaCode)).toList();
    }

    public Optional<Descriptor> descriptor(String themeCode, String levelCode) {
        return descriptors.stream().filter(d -> d.themeCode().equals(themeCode) && d.levelCode().equals(levelCode))
                .findFirst();
    }

    public String label() {
        return org.waymark.base.domain.Dates.financialYearLabel(financialYear) + (status == FrameworkStatus.DRAFT ? " (draft)" : "");
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getLocalAuthorityId() {
        return localAuthorityId;
    }

    public int getFinancialYear() {
        return financialYear;
    }

    public FrameworkStatus getStatus() {
        return status;
    }

    public BigDecimal getNotionalThreshold() {
        return notionalThreshold;
    }

    public List<FrameworkArea> getAreas() {
        return Collections.unmodifiableList(areas);
    }

    public List<FrameworkTheme> getThemes() {
        return Collections.unmodifiableList(themes);
    }

    public List<Descriptor> getDescriptors() {
        return Collections.unmodifiableList(descriptors);
    }

    public List<FundingLevel> getFundingLevels() {
        return Collections.unmodifiableList(fundingLevels);
    }

    public List<EvidenceRule> getEvidenceRules() {
        return Collections.unmodifiableList(evidenceRules);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public @Nullable Instant getPublishedAt() {
        return publishedAt;
    }

    public @Nullable String getPublishedBy() {
        return publishedBy;
    }

    public @Nullable Integer getVersion() {
        return version;
    }
}
