package org.waymark.imports.domain;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.jspecify.annotations.Nullable;
import org.waymark.pupils.domain.AreaOfNeed;
import org.waymark.pupils.domain.SensoryImpairment;
import org.waymark.pupils.domain.YearGroup;

/**
 * Writes the part of a Common Transfer File that {@link CtfReader} reads, streaming: the sample
 * file the import page offers, the files tests and the benchmark build, and the one-pupil partial
 * CTF of a pupil's SEN information for a school outside the authority (issue 22 point 5,
 * {@code CtfExportService}). The elements are those docs/ctf-import-format.md lists.
 */
public final class CtfWriter implements AutoCloseable {

    /**
     * One pupil to write. {@code senTypes} are CTF SEN type codes, most important first (their
     * rank); {@code sex} is left out when null (the register holds none); {@code provision} is the
     * SEN provision code (K, E), or N when there are no types and it is null; {@code history} the
     * school spells (empty: one open spell at the header's school from {@code entryDate}, if any);
     * {@code homeWelsh} writes the Welsh Government's {@code NAWdetails/HomeWelsh} when not null.
     */
    public record Entry(String upn, String forename, String surname, @Nullable String preferredForename,
                        LocalDate dob, @Nullable String sex, String ncYear, @Nullable String provision,
                        List<String> senTypes, boolean inCare, @Nullable String careAuthority, boolean welsh,
                        @Nullable Boolean homeWelsh, @Nullable LocalDate entryDate, List<Spell> history) {

        /** The compact form of the sample file, the tests and the benchmark. */
        public Entry(String upn, String forename, String surname, LocalDate dob, String sex, String ncYear,
                     List<String> senTypes, boolean inCare, @Nullable String careAuthority, boolean welsh,
                     @Nullable LocalDate entryDate) {
            this(upn, forename, surname, null, dob, sex, ncYear, null, senTypes, inCare, careAuthority, welsh, null,
                    entryDate, List.of());
        }
    }

    /** A spell at a school: its LA number and establishment number, when it began and (if it did) ended. */
    public record Spell(String lea, String estab, LocalDate entry, @Nullable LocalDate leaving) {
    }

    private final XMLStreamWriter xml;
    private final CtfReader.Header header;

    public CtfWriter(OutputStream out, CtfReader.Header header) {
        this(out, header, false);
    }

    /** A writer whose header says {@code partial} (one pupil's transfer) or full (a school's whole roll). */
    public CtfWriter(OutputStream out, CtfReader.Header header, boolean partial) {
        this.header = header;
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("CTfile");
            nl();
            xml.writeStartElement("Header");
            nl();
            element("DocumentName", "Common Transfer File");
            element("CTFversion", header.version());
            element("DateTime", (header.fileDate() == null ? LocalDate.of(2000, 1, 1) : header.fileDate())
                    + "T09:00:00");
            element("DocumentQualifier", partial ? "partial" : "full");
            xml.writeStartElement("SourceSchool");
            nl();
            element("LEA", header.sourceLea());
            element("Estab", header.sourceEstab());
            element("SchoolName", header.sourceName());
            xml.writeEndElement();
            nl();
            xml.writeStartElement("DestSchool");
            nl();
            element("LEA", header.destLea());
            element("Estab", header.destEstab());
            xml.writeEndElement();
            nl();
            xml.writeEndElement();
            nl();
            xml.writeStartElement("CTFpupilData");
            nl();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    public void write(Entry p) {
        try {
            xml.writeStartElement("Pupil");
            nl();
            element("UPN", p.upn());
            element("Surname", p.surname());
            element("Forename", p.forename());
            if (p.preferredForename() != null) {
                element("PreferredForename", p.preferredForename());
            }
            element("DOB", p.dob().toString());
            if (p.sex() != null) {
                element("Sex", p.sex());
            }
            xml.writeStartElement("BasicDetails");
            nl();
            element("NCyearActual", p.ncYear());
            xml.writeStartElement("Languages");
            xml.writeStartElement("Type");
            element("LanguageType", "F");
            element("Language", p.welsh() ? "WEL" : "ENG");
            xml.writeEndElement();
            xml.writeEndElement();
            nl();
            xml.writeEndElement();
            nl();
            if (p.homeWelsh() != null) {
                xml.writeStartElement("NAWdetails");
                element("HomeWelsh", p.homeWelsh() ? "Y" : "N");
                xml.writeEndElement();
                nl();
            }
            if (p.inCare()) {
                xml.writeStartElement("LookedAfter");
                element("InCare", "true");
                element("CareAuthority", p.careAuthority() == null ? "" : p.careAuthority());
                xml.writeEndElement();
                nl();
            }
            xml.writeStartElement("SENhistory");
            xml.writeStartElement("SEN");
            element("SENprovision", p.provision() != null ? p.provision() : p.senTypes().isEmpty() ? "N" : "K");
            xml.writeEndElement();
            xml.writeStartElement("SENneeds");
            for (int i = 0; i < p.senTypes().size(); i++) {
                xml.writeStartElement("SENneed");
                element("SENtypeRank", String.valueOf(i + 1));
                element("SENtype", p.senTypes().get(i));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            nl();
            List<Spell> history = p.history();
            if (history.isEmpty() && p.entryDate() != null) {
                history = List.of(new Spell(header.sourceLea(), header.sourceEstab(), p.entryDate(), null));
            }
            if (!history.isEmpty()) {
                xml.writeStartElement("SchoolHistory");
                for (Spell spell : history) {
                    xml.writeStartElement("School");
                    element("LEA", spell.lea());
                    element("Estab", spell.estab());
                    element("EntryDate", spell.entry().toString());
                    if (spell.leaving() != null) {
                        element("LeavingDate", spell.leaving().toString());
                    }
                    xml.writeEndElement();
                }
                xml.writeEndElement();
                nl();
            }
            xml.writeEndElement();
            nl();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            xml.writeEndElement();
            nl();
            xml.writeEndElement();
            nl();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private void element(String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private void nl() throws XMLStreamException {
        xml.writeCharacters("\n");
    }

    /**
     * A school as a CTF names it: a seven-digit DfE number is the three-digit LA number and the
     * four-digit establishment number; any other reference is the establishment alone (with no LA
     * number). {@link CtfReader}'s importer matches a school on either form.
     */
    public record Establishment(String lea, String estab) {

        public static Establishment of(String reference) {
            String r = reference.strip();
            return r.matches("\\d{7}") ? new Establishment(r.substring(0, 3), r.substring(3)) : new Establishment("", r);
        }
    }

    /** The DestSchool of a transfer whose receiving school is not given: the CTF's "destination not known". */
    public static final Establishment UNKNOWN_DESTINATION = new Establishment("MMM", "MMMM");

    /**
     * The message key of what is wrong with a receiving school's LA number (three digits) and
     * establishment number (four digits), both or neither given; empty when they will do.
     */
    public static java.util.Optional<String> destinationProblem(String lea, String estab) {
        String l = lea.strip();
        String e = estab.strip();
        if (l.isEmpty() && e.isEmpty()) {
            return java.util.Optional.empty();
        }
        if (!l.matches("\\d{3}")) {
            return java.util.Optional.of("imports.export.destLea");
        }
        if (!e.matches("\\d{4}")) {
            return java.util.Optional.of("imports.export.destEstab");
        }
        return java.util.Optional.empty();
    }

    /**
     * The CTF SEN types of a pupil's areas of need, the primary need first (rank 1), each type once;
     * a sensory, medical or physical need is the pupil's sensory impairment (HI, VI, MSI) when they
     * have one, else PD.
     */
    public static List<String> senTypes(AreaOfNeed primary, java.util.Collection<AreaOfNeed> areas,
                                        SensoryImpairment sensory) {
        java.util.LinkedHashSet<String> types = new java.util.LinkedHashSet<>();
        types.add(senType(primary, sensory));
        for (AreaOfNeed area : AreaOfNeed.values()) {
            if (areas.contains(area)) {
                types.add(senType(area, sensory));
            }
        }
        return List.copyOf(types);
    }

    private static String senType(AreaOfNeed area, SensoryImpairment sensory) {
        if (area == AreaOfNeed.SENSORY_MEDICAL_PHYSICAL) {
            return switch (sensory) {
                case HEARING -> "HI";
                case VISION -> "VI";
                case MULTI_SENSORY -> "MSI";
                case NONE -> "PD";
            };
        }
        return senType(area);
    }

    /** The CTF year (NCyearActual) of a year group of England or Wales. */
    public static String ncYear(YearGroup year) {
        return switch (year) {
            case N1, N2, R -> year.name();
            default -> year.name().substring(1);
        };
    }

    /** A CTF SEN type for an area of need (the first the reader maps onto it). */
    public static String senType(AreaOfNeed area) {
        return switch (area) {
            case COGNITION_LEARNING -> "MLD";
            case BEHAVIOUR_EMOTIONAL_SOCIAL, ANXIETY_RELATED -> "SEMH";
            case COMMUNICATION_INTERACTION -> "SLCN";
            case SENSORY_MEDICAL_PHYSICAL -> "PD";
        };
    }
}
