package org.waymark.ras.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.audit.service.AuditLog;
import org.waymark.base.domain.ValidationException;
import org.waymark.base.domain.Violation;
import org.waymark.pupils.service.PupilService;
import org.waymark.ras.domain.Converter;
import org.waymark.ras.domain.RasCase;
import org.waymark.ras.domain.RasCaseRepository;
import org.waymark.ras.domain.RasCaseStatus;
import org.waymark.ras.domain.RasFit;
import org.waymark.ras.domain.RasFitRepository;
import org.waymark.ras.domain.RasPastCase;
import org.waymark.ras.domain.RasPastCaseRepository;
import org.waymark.security.domain.Role;
import org.waymark.security.domain.UserScope;
import org.waymark.security.service.People;

/**
 * The converter from points to an indicative resource (SPEC §10): the fit the authority adopted,
 * the similar past cases a figure rests on and their spread; re-fitting, with a preview of how
 * every open case's indicative resource would change before the personalisation officer adopts it.
 */
@Service
public class ConverterService {

    /** Band width used when an authority has adopted no fit yet. */
    public static final int DEFAULT_BAND = 10;
    static final int MIN_BAND = 2;
    static final int MAX_BAND = 50;

    private final RasFitRepository fits;
    private final RasPastCaseRepository past;
    private final RasCaseRepository cases;
    private final RasFrameworks frameworks;
    private final RasAccess access;
    private final PupilService pupils;
    private final AuditLog auditLog;

    ConverterService(RasFitRepository fits, RasPastCaseRepository past, RasCaseRepository cases,
                     RasFrameworks frameworks, RasAccess access, PupilService pupils, AuditLog auditLog) {
        this.fits = fits;
        this.past = past;
        this.cases = cases;
        this.frameworks = frameworks;
        this.access = access;
        this.pupils = pupils;
        this.auditLog = auditLog;
    }

    /** A figure from the converter: the band it falls in, the similar past cases and their spread. */
    public record Indication(int points, BigDecimal indicative, Converter.Band band, List<Converter.Past> similar,
                             Converter.Spread spread, long fitId) {
    }

    /** The adopted fit with who adopted it, and how many past cases the authority holds. */
    public record FitView(@Nullable RasFit adopted, Converter.@Nullable Fit fit, long pastCases, People people) {
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('CASEWORKER','LEAD_SEND_COORDINATOR','PERSONALISATION_OFFICER')")
    public FitView current() {
        UserScope user = access.officer("READ_RAS_CONVERTER", RasAccess.READERS.toArray(Role[]::new));
        long laId = access.authorityOf(user);
        Optional<RasFit> adopted = fits.findFirstByLocalAuthorityIdAndAdoptedTrue(laId);
        return new FitView(adopted.orElse(null), adopted.map(RasFit::fit).orElse(null),
                past.countByLocalAuthorityId(laId), People.NONE);
    }

    /** One open case's indicative resource under the adopted fit and under the candidate. */
    public record Change(long caseId, String pupilName, int points, @Nullable BigDecimal now, BigDecimal then) {

        public BigDecimal difference() {
            return now == null ? then : then.subtract(now);
        }
    }

    /** A candidate fit and how it would change the authority's open cases. */
    public record Preview(Converter.Fit candidate, List<Change> changes) {
    }

    /** Fits afresh from the past cases with a band width, and shows every open scored case before and after. */
    @Transactional
    @PreAuthorize("hasRole('PERSONALISATION_OFFICER')")
    public Preview preview(int bandWidth) {
        UserScope user = access.officer("REFIT_RAS_CONVERTER", Role.PERSONALISATION_OFFICER);
        long laId = access.authorityOf(user);
        Converter.Fit candidate = fit(laId, bandWidth);
        Optional<Converter.Fit> adopted = fits.findFirstByLocalAuthorityIdAndAdoptedTrue(laId).map(RasFit::fit);
        List<RasCase> open = cases.findByLocalAuthorityIdAndStatusIn(laId, List.of(RasCaseStatus.values()))
                .stream().filter(c -> c.getStatus().open() && c.getPoints() != null).toList();
        Map<Long, String> names = pupils.namesOf(open.stream().map(RasCase::getPupilId).distinct().toList());
        List<Change> changes = new ArrayList<>();
        for (RasCase c : open) {
            int points = java.util.Objects.requireNonNull(c.getPoints());
            changes.add(new Change(java.util.Objects.requireNonNull(c.getId()), names.getOrDefault(c.getPupilId(), ""),
                    points, adopted.map(f -> f.indicative(points)).orElse(null), candidate.indicative(points)));
        }
        auditLog.record("PREVIEW_RAS_FIT", RasAccess.SUBJECT, null, "band " + bandWidth + ", " + changes.size()
                + " open cases");
        return new Preview(candidate, changes);
    }

    /** Adopts a fit of this band width (the same past cases give the same fit the preview showed). */
    @Transactional
    @PreAuthorize("hasRole('PERSONALISATION_OFFICER')")
    public long adopt(int bandWidth) {
        UserScope user = access.officer("ADOPT_RAS_FIT", Role.PERSONALISATION_OFFICER);
        long laId = access.authorityOf(user);
        Converter.Fit candidate = fit(laId, bandWidth);
        Instant now = access.now();
        fits.findFirstByLocalAuthorityIdAndAdoptedTrue(laId).ifPresent(previous -> {
            previous.setAside();
            fits.save(previous);
        });
        RasFit adopted = RasFit.of(laId, candidate, user.username(), now);
        adopted.adopt(user.username(), now);
        long id = java.util.Objects.requireNonNull(fits.save(adopted).getId());
        auditLog.record("ADOPT_RAS_FIT", RasAccess.SUBJECT, null, "fit " + id + ", band " + bandWidth + ", "
                + candidate.casesUsed() + " past cases");
        return id;
    }

    Converter.Fit fit(long laId, int bandWidth) {
        if (bandWidth < MIN_BAND || bandWidth > MAX_BAND) {
            throw new ValidationException(List.of(Violation.of("bandWidth", "ras.converter.bandWidthRange", MIN_BAND,
                    MAX_BAND)));
        }
        int maxPoints = frameworks.published(laId).map(f -> f.outcomes().maxPoints()).orElse(0);
        if (maxPoints == 0) {
            throw new ValidationException(List.of(Violation.of("framework", "ras.framework.nonePublished")));
        }
        List<Converter.Past> history = past.findByLocalAuthorityId(laId).stream().map(RasPastCase::past).toList();
        if (history.isEmpty()) {
            throw new ValidationException(List.of(Violation.of("bandWidth", "ras.converter.noPastCases")));
        }
        return Converter.fit(history, bandWidth, maxPoints);
    }

    /**
     * The past cases nearest to some points: ten at or above and ten below, read in the order of
     * the index on (authority, points, reference) — bounded however many past cases the authority
     * holds. {@link Converter#similar} then picks the same ten it would pick from all of them (a
     * case among the ten nearest has fewer than ten cases before it on its own side).
     */
    List<Converter.Past> nearest(long laId, int points) {
        List<Converter.Past> near = new ArrayList<>();
        past.findFirst10ByLocalAuthorityIdAndPointsGreaterThanEqualOrderByPointsAscReferenceAsc(laId, points)
                .forEach(p -> near.add(p.past()));
        past.findFirst10ByLocalAuthorityIdAndPointsLessThanOrderByPointsDescReferenceAsc(laId, points)
                .forEach(p -> near.add(p.past()));
        return near;
    }

    /** The adopted fit's figure for some points, with the similar past cases and their spread (empty without a fit). */
    Optional<Indication> indicate(long laId, int points) {
        return fits.findFirstByLocalAuthorityIdAndAdoptedTrue(laId).map(adopted -> {
            Converter.Fit fit = adopted.fit();
            List<Converter.Past> similar = Converter.similar(nearest(laId, points), points);
            return new Indication(points, fit.indicative(points), fit.band(points), similar,
                    Converter.spread(similar), java.util.Objects.requireNonNull(adopted.getId()));
        });
    }
}
