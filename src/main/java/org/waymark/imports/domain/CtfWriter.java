package org.waymark.imports.domain;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.jspecify.annotations.Nullable;
import org.waymark.pupils.domain.AreaOfNeed;
import org.waymark.pupils.domain.YearGroup;

/**
 * Writes the part of a Common Transfer File that {@link CtfReader} reads, streaming: the sample
 * file the import page offers, and the files tests and the benchmark build. Not a full CTF export
 * (issue 22 point 5 is later work).
 */
public final class CtfWriter implements AutoCloseable {

    /** One pupil to write. {@code senTypes} are CTF SEN type codes, most important first. */
    public record Entry(String upn, String forename, String surname, LocalDate dob, String sex, String ncYear,
                        List<String> senTypes, boolean inCare, @Nullable String careAuthority, boolean welsh,
                        @Nullable LocalDate entryDate) {
    }

    private final XMLStreamWriter xml;
    private final CtfReader.Header header;

    public CtfWriter(OutputStream out, CtfReader.Header header) {
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
            element("DocumentQualifier", "full");
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
            element("DOB", p.dob().toString());
            element("Sex", p.sex());
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
            if (p.inCare()) {
                xml.writeStartElement("LookedAfter");
                element("InCare", "true");
                element("CareAuthority", p.careAuthority() == null ? "" : p.careAuthority());
                xml.writeEndElement();
                nl();
            }
            xml.writeStartElement("SENhistory");
            xml.writeStartElement("SEN");
            element("SENprovision", p.senTypes().isEmpty() ? "N" : "K");
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
            if (p.entryDate() != null) {
                xml.writeStartElement("SchoolHistory");
                xml.writeStartElement("School");
                element("LEA", header.sourceLea());
                element("Estab", header.sourceEstab());
                element("EntryDate", p.entryDate().toString());
                xml.writeEndElement();
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
