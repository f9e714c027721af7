package org.waymark.imports.domain;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.jspecify.annotations.Nullable;
import org.waymark.pupils.domain.AreaOfNeed;
import org.waymark.pupils.domain.UniquePupilNumber;
import org.waymark.pupils.domain.YearGroup;

/**
 * Reads a Common Transfer File (England and Wales) with the JDK's streaming parser (StAX): one
 * pass, one pupil held at a time, no document tree. DTDs and external entities are switched off and
 * a file that declares a DTD at all is refused (no CTF needs one; it is how entity-expansion and
 * external-entity attacks arrive). Elements the reader does not know are skipped. Which elements
 * are read is documented in docs/ctf-import-format.md.
 */
public final class CtfReader {

    /** The header: who sent the file, to whom, and when. */
    public record Header(String version, String sourceLea, String sourceEstab, String sourceName, String destLea,
                         String destEstab, @Nullable LocalDate fileDate) {
    }

    /** The header (when the file got that far), file-level problems (the file is refused), and the count read. */
    public record Result(Optional<Header> header, List<Problem> fileProblems, int pupils) {
        public boolean readable() {
            return fileProblems.isEmpty() && header.isPresent();
        }
    }

    private CtfReader() {
    }

    /** The parser factory every XML import uses: no DTD processing, no external entities. */
    public static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /**
     * Reads the file, handing each pupil to {@code sink} as soon as its record ends (the header
     * comes before the pupils, so {@code headerSink} has it by then). A file that is not well-formed
     * XML stops the reading; the pupils already handed over stay handed over, and the result names
     * the line where it broke.
     */
    public static Result read(InputStream in, Consumer<Header> headerSink, Consumer<ImportedPupil> sink) {
        List<Problem> fileProblems = new ArrayList<>();
        State state = new State();
        XMLStreamReader xml = null;
        try {
            xml = secureFactory().createXMLStreamReader(in);
            while (xml.hasNext()) {
                int event = xml.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> {
                        fileProblems.add(Problem.of(xml.getLocation().getLineNumber(), "<!DOCTYPE>", "imports.ctf.dtd"));
                        return new Result(Optional.ofNullable(state.header()), fileProblems, state.count);
                    }
                    case XMLStreamConstants.ENTITY_REFERENCE -> {
                        fileProblems.add(Problem.of(xml.getLocation().getLineNumber(), "&" + xml.getLocalName() + ";",
                                "imports.ctf.entity"));
                        return new Result(Optional.ofNullable(state.header()), fileProblems, state.count);
                    }
                    case XMLStreamConstants.START_ELEMENT -> {
                        String name = xml.getLocalName();
                        int line = xml.getLocation().getLineNumber();
                        if (state.path.isEmpty() && !"CTfile".equals(name)) {
                            fileProblems.add(Problem.of(line, "<" + name + ">", "imports.ctf.notCtf"));
                            return new Result(Optional.empty(), fileProblems, 0);
                        }
                        state.headerSink = headerSink;
                        state.start(name, line);
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> state.text.append(xml.getText());
                    case XMLStreamConstants.END_ELEMENT -> state.end(sink);
                    default -> { }
                }
            }
        } catch (XMLStreamException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            fileProblems.add(Problem.of(Math.max(line, 0), "XML", "imports.ctf.malformed"));
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // nothing left to release
                }
            }
        }
        if (fileProblems.isEmpty() && state.header() == null) {
            fileProblems.add(Problem.of(0, "<Header>", "imports.ctf.noHeader"));
        }
        return new Result(Optional.ofNullable(state.header()), fileProblems, state.count);
    }

    /** The reader's position and the record being built. */
    private static final class State {
        final Deque<String> path = new ArrayDeque<>();
        final Deque<Integer> lines = new ArrayDeque<>();
        final StringBuilder text = new StringBuilder();
        int count;
        // header
        String version = "";
        String sourceLea = "";
        String sourceEstab = "";
        String sourceName = "";
        String destLea = "";
        String destEstab = "";
        @Nullable LocalDate fileDate;
        boolean headerDone;
        @Nullable Header header;
        // the pupil being read
        @Nullable PupilDraft pupil;
        Consumer<Header> headerSink = h -> { };

        @Nullable Header header() {
            return header;
        }

        void start(String name, int line) {
            String parent = path.peek();
            path.push(name);
            lines.push(line);
            text.setLength(0);
            if ("CTFpupilData".equals(name) && !headerDone) {
                finishHeader();
            } else if ("Pupil".equals(name) && "CTFpupilData".equals(parent)) {
                pupil = new PupilDraft(line);
            } else if (pupil != null && "School".equals(name) && "SchoolHistory".equals(parent)) {
                pupil.schools.add(new SchoolSpell());
            } else if (pupil != null && "Type".equals(name) && "Languages".equals(parent)) {
                pupil.languageType = "";
                pupil.languageCode = "";
            } else if (pupil != null && "SENneed".equals(name)) {
                pupil.needs.add(new NeedDraft(line));
            }
        }

        void finishHeader() {
            headerDone = true;
            header = new Header(version, sourceLea, sourceEstab, sourceName, destLea, destEstab, fileDate);
            headerSink.accept(header);
        }

        void end(Consumer<ImportedPupil> sink) {
            String name = path.pop();
            int line = lines.pop();
            String parent = path.peek();
            String value = text.toString().strip();
            text.setLength(0);
            if (pupil != null) {
                if ("Pupil".equals(name) && "CTFpupilData".equals(parent)) {
                    sink.accept(pupil.build(this));
                    count++;
                    pupil = null;
                } else {
                    pupil.take(name, parent, value, line);
                }
                return;
            }
            if (!path.contains("Header") && !"Header".equals(name)) {
                return;
            }
            switch (name) {
                case "CTFversion" -> version = value;
                case "DateTime" -> fileDate = date(value.length() >= 10 ? value.substring(0, 10) : value);
                case "LEA" -> {
                    if ("SourceSchool".equals(parent)) {
                        sourceLea = value;
                    } else if ("DestSchool".equals(parent)) {
                        destLea = value;
                    }
                }
                case "Estab" -> {
                    if ("SourceSchool".equals(parent)) {
                        sourceEstab = value;
                    } else if ("DestSchool".equals(parent)) {
                        destEstab = value;
                    }
                }
                case "SchoolName" -> {
                    if ("SourceSchool".equals(parent)) {
                        sourceName = value;
                    }
                }
                case "Header" -> {
                    if (!headerDone) {
                        finishHeader();
                    }
                }
                default -> { }
            }
        }
    }

    private record SchoolSpellKey(String lea, String estab) {
    }

    private static final class SchoolSpell {
        String lea = "";
        String estab = "";
        @Nullable LocalDate entry;
        @Nullable LocalDate leaving;
    }

    private static final class NeedDraft {
        final int line;
        int rank = Integer.MAX_VALUE;
        String type = "";

        NeedDraft(int line) {
            this.line = line;
        }
    }

    /** The fields of one {@code <Pupil>} as they are met. */
    private static final class PupilDraft {
        final int line;
        @Nullable String upn;
        int upnLine;
        @Nullable String formerUpn;
        String surname = "";
        String forename = "";
        @Nullable String preferredForename;
        @Nullable String dob;
        int dobLine;
        @Nullable String gender;
        @Nullable String year;
        int yearLine;
        String languageType = "";
        String languageCode = "";
        boolean welsh;
        boolean inCare;
        @Nullable String careAuthority;
        @Nullable String provision;
        int provisionLine;
        final List<NeedDraft> needs = new ArrayList<>();
        final List<SchoolSpell> schools = new ArrayList<>();

        PupilDraft(int line) {
            this.line = line;
        }

        void take(String name, @Nullable String parent, String value, int at) {
            switch (name) {
                case "UPN" -> {
                    if ("Pupil".equals(parent)) {
                        upn = blankToNull(value);
                        upnLine = at;
                    }
                }
                case "FormerUPN" -> formerUpn = blankToNull(value);
                case "Surname" -> {
                    if ("Pupil".equals(parent)) {
                        surname = value;
                    }
                }
                case "Forename" -> {
                    if ("Pupil".equals(parent)) {
                        forename = value;
                    }
                }
                case "PreferredForename" -> preferredForename = blankToNull(value);
                case "DOB" -> {
                    dob = value;
                    dobLine = at;
                }
                case "Sex", "Gender" -> gender = blankToNull(value);
                case "NCyearActual" -> {
                    year = value;
                    yearLine = at;
                }
                case "LanguageType" -> languageType = value.toUpperCase(Locale.ROOT);
                case "Language" -> languageCode = value.toUpperCase(Locale.ROOT);
                case "Type" -> {
                    if ("Languages".equals(parent) && ("F".equals(languageType) || "H".equals(languageType))
                            && ("WEL".equals(languageCode) || "CYM".equals(languageCode))) {
                        welsh = true;
                    }
                }
                case "HomeWelsh" -> {
                    if (value.equalsIgnoreCase("Y") || value.equalsIgnoreCase("true") || value.equals("1")) {
                        welsh = true;
                    }
                }
                case "InCare" -> inCare = inCare || value.equalsIgnoreCase("true") || value.equals("1")
                        || value.equalsIgnoreCase("Y");
                case "CareAuthority" -> careAuthority = blankToNull(value);
                case "SENprovision" -> {
                    provision = value.toUpperCase(Locale.ROOT);
                    provisionLine = at;
                }
                case "SENtypeRank" -> {
                    if (!needs.isEmpty()) {
                        try {
                            needs.getLast().rank = Integer.parseInt(value);
                        } catch (NumberFormatException e) {
                            needs.getLast().rank = Integer.MAX_VALUE - 1;
                        }
                    }
                }
                case "SENtype" -> {
                    if (!needs.isEmpty()) {
                        needs.getLast().type = value;
                    }
                }
                case "LEA" -> {
                    if ("School".equals(parent) && !schools.isEmpty()) {
                        schools.getLast().lea = value;
                    }
                }
                case "Estab" -> {
                    if ("School".equals(parent) && !schools.isEmpty()) {
                        schools.getLast().estab = value;
                    }
                }
                case "EntryDate" -> {
                    if ("School".equals(parent) && !schools.isEmpty()) {
                        schools.getLast().entry = date(value);
                    }
                }
                case "LeavingDate" -> {
                    if ("School".equals(parent) && !schools.isEmpty()) {
                        schools.getLast().leaving = date(value);
                    }
                }
                default -> { }
            }
        }

        ImportedPupil build(State file) {
            List<Problem> problems = new ArrayList<>();
            String normalisedUpn = null;
            if (upn == null) {
                problems.add(Problem.of(line, "<UPN>", "imports.upn.missing"));
            } else {
                normalisedUpn = UniquePupilNumber.normalise(upn);
                String upnValue = normalisedUpn;
                UniquePupilNumber.problem(upnValue).ifPresent(k -> problems.add(Problem.of(upnLine, "<UPN>", k)));
            }
            if (forename.isBlank()) {
                problems.add(Problem.of(line, "<Forename>", "imports.name.missing"));
            }
            if (surname.isBlank()) {
                problems.add(Problem.of(line, "<Surname>", "imports.name.missing"));
            }
            LocalDate birth = dob == null ? null : date(dob);
            if (birth == null) {
                problems.add(Problem.of(dob == null ? line : dobLine, "<DOB>", "imports.dob.format"));
            }
            YearGroup yearGroup = year == null ? null : yearGroup(year);
            if (yearGroup == null) {
                problems.add(Problem.of(year == null ? line : yearLine, "<NCyearActual>", "imports.year.unknown",
                        year == null ? "" : year));
            }
            LinkedHashSet<AreaOfNeed> areas = new LinkedHashSet<>();
            List<NeedDraft> ranked = new ArrayList<>(needs);
            ranked.sort(Comparator.comparingInt(n -> n.rank));
            for (NeedDraft n : ranked) {
                if (!NeedCodes.knownSenType(n.type)) {
                    problems.add(Problem.of(n.line, "<SENtype>", "imports.sen.unknownType", n.type));
                } else {
                    NeedCodes.senArea(n.type).ifPresent(areas::add);
                }
            }
            if ("N".equals(provision)) {
                problems.add(Problem.of(provisionLine, "<SENprovision>", "imports.sen.none"));
            } else if (areas.isEmpty() && problems.stream().noneMatch(p -> p.where().equals("<SENtype>"))) {
                problems.add(Problem.of(line, "<SENneeds>", "imports.sen.noArea"));
            }
            LocalDate entry = null;
            if (file.header != null) {
                SchoolSpellKey here = new SchoolSpellKey(file.header.sourceLea(), file.header.sourceEstab());
                for (SchoolSpell s : schools) {
                    if (s.leaving == null && here.equals(new SchoolSpellKey(s.lea, s.estab))) {
                        entry = s.entry;
                    }
                }
            }
            return new ImportedPupil(line, "<Pupil>", normalisedUpn,
                    formerUpn == null ? null : UniquePupilNumber.normalise(formerUpn), null, forename, surname,
                    preferredForename, birth, gender, yearGroup, List.copyOf(areas), inCare,
                    inCare ? (careAuthority == null ? "" : careAuthority) : null, welsh ? "cy" : "en", null, entry,
                    problems);
        }
    }

    /** CTF's NCyearActual: N1, N2, R, 1–14 (X, "not following the national curriculum", has no year group). */
    public static @Nullable YearGroup yearGroupOf(String value) {
        return yearGroup(value);
    }

    static @Nullable YearGroup yearGroup(String value) {
        String v = value.strip().toUpperCase(Locale.ROOT);
        return switch (v) {
            case "N1" -> YearGroup.N1;
            case "N2" -> YearGroup.N2;
            case "R" -> YearGroup.R;
            default -> {
                try {
                    int n = Integer.parseInt(v);
                    yield n >= 1 && n <= 14 ? YearGroup.valueOf("Y" + n) : null;
                } catch (NumberFormatException e) {
                    yield null;
                }
            }
        };
    }

    static @Nullable LocalDate date(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static @Nullable String blankToNull(String value) {
        return value.isBlank() ? null : value;
    }
}
