package org.waymark.organisation.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.waymark.base.domain.Nation;

/** A local authority: its nation, the schemes it runs, its term dates and whom to contact about SEND decisions. */
public class LocalAuthority {

    @Id
    private @Nullable Long id;
    private final String code;
    private String name;
    private @Nullable String nameCy;
    private final Nation nation;
    private boolean welshPreferred;
    private @Nullable String contactEmail;
    private @Nullable String contactPhone;
    private @Nullable String contactAddress;
    @MappedCollection(idColumn = "LOCAL_AUTHORITY_ID")
    private Set<LaScheme> schemes;
    @MappedCollection(idColumn = "LOCAL_AUTHORITY_ID")
    private Set<Term> terms;
    @MappedCollection(idColumn = "LOCAL_AUTHORITY_ID")
    private Set<TermBreak> breaks;
    @Version
    private @Nullable Integer version;

    @PersistenceCreator
    LocalAuthority(@Nullable Long id, String code, String name, @Nullable String nameCy, Nation nation,
                   boolean welshPreferred, @Nullable String contactEmail, @Nullable String contactPhone,
                   @Nullable String contactAddress, Set<LaScheme> schemes, Set<Term> terms, Set<TermBreak> breaks,
                   @Nullable Integer version) {
        this.id = id;
        this.code = code;
        this.name = name;
        this.nameCy = nameCy;
        this.nation = nation;
        this.welshPreferred = welshPreferred;
        this.contactEmail = contactEmail;
        this.contactPhone = contactPhone;
        this.contactAddress = contactAddress;
        this.schemes = new HashSet<>(schemes);
        this.terms = new HashSet<>(terms);
        this.breaks = new HashSet<>(breaks);
        this.version = version;
    }

    public static LocalAuthority create(String code, String name, @Nullable String nameCy, Nation nation,
                                        Set<Scheme> schemes) {
        return new LocalAuthority(null, code, name, nameCy, nation, nation == Nation.WALES, null, null, null,
                schemes.stream().map(LaScheme::new).collect(Collectors.toSet()), Set.of(), Set.of(), null);
    }

    /** Adds or replaces the dates of one term. Terms of one year must not overlap. */
    public void setTerm(Term term) {
        terms.removeIf(t -> t.academicYear().equals(term.academicYear()) && t.termName() == term.termName());
        for (Term other : terms) {
            if (!term.endDate().isBefore(other.startDate()) && !other.endDate().isBefore(term.startDate())) {
                throw new IllegalArgumentException("Term " + term + " overlaps " + other);
            }
        }
        terms.add(term);
    }

    /**
     * The breaks inside the term that {@code replacement} replaces (same year and term) that its new
     * dates would leave outside any term: a term's dates are not changed under its breaks.
     */
    public List<TermBreak> breaksLeftOutBy(Term replacement) {
        return terms.stream().filter(t -> t.academicYear().equals(replacement.academicYear())
                        && t.termName() == replacement.termName())
                .flatMap(old -> breaks.stream().filter(b -> old.contains(b.startDate())))
                .filter(b -> !(replacement.contains(b.startDate()) && replacement.contains(b.endDate())))
                .sorted(Comparator.comparing(TermBreak::startDate)).toList();
    }

    /**
     * Removes one term's dates. Breaks inside it go with it: a break belongs to a term.
     */
    public void removeTerm(String academicYear, TermName termName) {
        terms.stream().filter(t -> t.academicYear().equals(academicYear) && t.termName() == termName).findFirst()
                .ifPresent(removed -> breaks.removeIf(b -> removed.contains(b.startDate())));
        terms.removeIf(t -> t.academicYear().equals(academicYear) && t.termName() == termName);
    }

    /**
     * Adds a break inside a term (a half-term week): it must lie wholly within one of the
     * authority's terms and overlap no other break; a break starting on the same day is replaced.
     */
    public void setBreak(TermBreak termBreak) {
        boolean inTerm = terms.stream().anyMatch(t -> t.contains(termBreak.startDate()) && t.contains(termBreak.endDate()));
        if (!inTerm) {
            throw new IllegalArgumentException("Break " + termBreak + " is not within one term");
        }
        breaks.removeIf(b -> b.startDate().equals(termBreak.startDate()));
        for (TermBreak other : breaks) {
            if (other.overlaps(termBreak)) {
                throw new IllegalArgumentException("Break " + termBreak + " overlaps " + other);
            }
        }
        breaks.add(termBreak);
    }

    public void removeBreak(java.time.LocalDate startDate) {
        breaks.removeIf(b -> b.startDate().equals(startDate));
    }

    public List<TermBreak> breaksInOrder() {
        List<TermBreak> ordered = new ArrayList<>(breaks);
        ordered.sort(Comparator.comparing(TermBreak::startDate));
        return ordered;
    }

    public List<Term> termsInOrder() {
        List<Term> ordered = new ArrayList<>(terms);
        ordered.sort(Comparator.comparing(Term::startDate));
        return ordered;
    }

    public Optional<Term> termContaining(LocalDate date) {
        return terms.stream().filter(t -> t.contains(date)).findFirst();
    }

    public Set<Scheme> schemeSet() {
        return schemes.stream().map(LaScheme::scheme).collect(Collectors.toUnmodifiableSet());
    }

    /** Whom parents and schools contact about SEND decisions and appeals (empty until the administrator gives it). */
    public AuthorityContact contact() {
        return new AuthorityContact(contactEmail, contactPhone, contactAddress);
    }

    /** Replaces the contact with one already checked ({@link AuthorityContact#of}). */
    public void changeContact(AuthorityContact contact) {
        this.contactEmail = contact.email();
        this.contactPhone = contact.phone();
        this.contactAddress = contact.postalAddress();
    }

    /** The name in the reader's language where the authority has a Welsh name. */
    public String displayName(String language) {
        return "cy".equals(language) && nameCy != null ? nameCy : name;
    }

    public @Nullable Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public @Nullable String getNameCy() { return nameCy; }
    public Nation getNation() { return nation; }
    public boolean isWelshPreferred() { return welshPreferred; }
    public @Nullable Integer getVersion() { return version; }
}
