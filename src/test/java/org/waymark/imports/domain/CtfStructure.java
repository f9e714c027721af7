package org.waymark.imports.domain;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.waymark.pupils.domain.UniquePupilNumber;

/**
 * A structural check of a Common Transfer File against the format docs/ctf-import-format.md
 * documents (the DfE's CTF XSD is not obtainable here: not on Maven Central or npm, and this
 * machine reaches nothing else). Each element may hold only the children the document lists, in
 * that order and number; each value must have its documented form (numbers, dates, codes, the UPN's
 * check letter, SEN ranks 1…n). {@link #problems} lists what is wrong, by path; empty when none.
 */
public final class CtfStructure {

    /** A child element: its name and how many times it may occur. */
    private record Child(String name, int min, int max) {
    }

    private static final int MANY = Integer.MAX_VALUE;

    private static Child one(String name) {
        return new Child(name, 1, 1);
    }

    private static Child optional(String name) {
        return new Child(name, 0, 1);
    }

    private static Child any(String name) {
        return new Child(name, 0, MANY);
    }

    private static final Map<String, List<Child>> CHILDREN = Map.ofEntries(
            Map.entry("CTfile", List.of(one("Header"), one("CTFpupilData"))),
            Map.entry("Header", List.of(one("DocumentName"), one("CTFversion"), one("DateTime"),
                    one("DocumentQualifier"), one("SourceSchool"), one("DestSchool"))),
            Map.entry("SourceSchool", List.of(one("LEA"), one("Estab"), one("SchoolName"))),
            Map.entry("DestSchool", List.of(one("LEA"), one("Estab"))),
            Map.entry("CTFpupilData", List.of(any("Pupil"))),
            Map.entry("Pupil", List.of(one("UPN"), one("Surname"), one("Forename"), optional("PreferredForename"),
                    one("DOB"), optional("Sex"), one("BasicDetails"), optional("NAWdetails"), optional("LookedAfter"),
                    one("SENhistory"), optional("SchoolHistory"))),
            Map.entry("BasicDetails", List.of(one("NCyearActual"), one("Languages"))),
            Map.entry("Languages", List.of(new Child("Type", 1, MANY))),
            Map.entry("Type", List.of(one("LanguageType"), one("Language"))),
            Map.entry("NAWdetails", List.of(one("HomeWelsh"))),
            Map.entry("LookedAfter", List.of(one("InCare"), one("CareAuthority"))),
            Map.entry("SENhistory", List.of(one("SEN"), one("SENneeds"))),
            Map.entry("SEN", List.of(one("SENprovision"))),
            Map.entry("SENneeds", List.of(any("SENneed"))),
            Map.entry("SENneed", List.of(one("SENtypeRank"), one("SENtype"))),
            Map.entry("SchoolHistory", List.of(new Child("School", 1, MANY))),
            Map.entry("School", List.of(one("LEA"), one("Estab"), one("EntryDate"), optional("LeavingDate"))));

    private static final String DATE = "\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])";

    /** The form of each leaf's value, by its parent and name (or its name alone). */
    private static final Map<String, Pattern> VALUES = Map.ofEntries(
            Map.entry("DocumentName", Pattern.compile("Common Transfer File")),
            Map.entry("CTFversion", Pattern.compile("\\d{2}\\.\\d")),
            Map.entry("DateTime", Pattern.compile(DATE + "T([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d")),
            Map.entry("DocumentQualifier", Pattern.compile("partial|full")),
            Map.entry("SourceSchool/LEA", Pattern.compile("\\d{3}|")),
            Map.entry("SourceSchool/Estab", Pattern.compile("\\S.*")),
            Map.entry("SourceSchool/SchoolName", Pattern.compile("\\S.*")),
            Map.entry("DestSchool/LEA", Pattern.compile("\\d{3}|MMM")),
            Map.entry("DestSchool/Estab", Pattern.compile("\\d{4}|MMMM")),
            Map.entry("UPN", Pattern.compile("[A-HJ-NP-RT-Z]\\d{11}[0-9A-HJ-NP-RT-Z]")),
            Map.entry("Surname", Pattern.compile("\\S.*")),
            Map.entry("Forename", Pattern.compile("\\S.*")),
            Map.entry("PreferredForename", Pattern.compile("\\S.*")),
            Map.entry("DOB", Pattern.compile(DATE)),
            Map.entry("Sex", Pattern.compile("M|F")),
            Map.entry("NCyearActual", Pattern.compile("N1|N2|R|[1-9]|1[0-4]")),
            Map.entry("LanguageType", Pattern.compile("F|H")),
            Map.entry("Language", Pattern.compile("[A-Z]{3}")),
            Map.entry("HomeWelsh", Pattern.compile("Y|N")),
            Map.entry("InCare", Pattern.compile("true")),
            Map.entry("CareAuthority", Pattern.compile("\\S.*")),
            Map.entry("SENprovision", Pattern.compile("N|K|E")),
            Map.entry("SENtypeRank", Pattern.compile("[1-9]\\d?")),
            Map.entry("SENtype", Pattern.compile("SPLD|MLD|SLD|PMLD|SEMH|SLCN|HI|VI|MSI|PD|ASD|OTH|NSA")),
            Map.entry("School/LEA", Pattern.compile("\\d{3}|")),
            Map.entry("School/Estab", Pattern.compile("\\S.*")),
            Map.entry("EntryDate", Pattern.compile(DATE)),
            Map.entry("LeavingDate", Pattern.compile(DATE)));

    private CtfStructure() {
    }

    /** What in {@code xml} breaks the documented format; empty when nothing does. */
    public static List<String> problems(byte[] xml) {
        List<String> problems = new ArrayList<>();
        Element root;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
        } catch (Exception e) {
            return List.of("not well-formed XML: " + e.getMessage());
        }
        if (!root.getTagName().equals("CTfile")) {
            return List.of("the root is " + root.getTagName() + ", not CTfile");
        }
        check(root, "CTfile", problems);
        return problems;
    }

    private static void check(Element element, String path, List<String> problems) {
        String name = element.getTagName();
        List<Child> expected = CHILDREN.get(name);
        List<Element> children = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                children.add(e);
            } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(n.getNodeValue());
            } else if (n.getNodeType() != Node.COMMENT_NODE) {
                problems.add(path + ": unexpected node " + n.getNodeName());
            }
        }
        if (expected == null) {
            // a leaf: no children, a value of the documented form
            if (!children.isEmpty()) {
                problems.add(path + ": a value element with elements in it");
                return;
            }
            String parent = element.getParentNode() instanceof Element p ? p.getTagName() + "/" : "";
            Pattern form = VALUES.getOrDefault(parent + name, VALUES.get(name));
            if (form == null) {
                problems.add(path + ": not an element of the documented format");
            } else if (!form.matcher(text.toString()).matches()) {
                problems.add(path + ": \"" + text + "\" is not of the form " + form.pattern());
            } else if (name.equals("UPN") && !UniquePupilNumber.isValid(text.toString())) {
                problems.add(path + ": " + text + " has a wrong check letter");
            }
            return;
        }
        if (!text.toString().isBlank()) {
            problems.add(path + ": text \"" + text.toString().strip() + "\" between elements");
        }
        int i = 0;
        for (Child child : expected) {
            int count = 0;
            while (i < children.size() && children.get(i).getTagName().equals(child.name())) {
                check(children.get(i), path + "/" + child.name() + (child.max() > 1 ? "[" + (count + 1) + "]" : ""),
                        problems);
                count++;
                i++;
            }
            if (count < child.min() || count > child.max()) {
                problems.add(path + ": " + count + " × " + child.name() + " (expected " + child.min() + "–"
                        + (child.max() == MANY ? "any" : child.max()) + ")");
            }
        }
        for (; i < children.size(); i++) {
            problems.add(path + ": " + children.get(i).getTagName() + " is not expected here (or out of order)");
        }
        if (name.equals("SENneeds")) {
            // ranks 1, 2, … in order, each type once
            List<String> seen = new ArrayList<>();
            int rank = 0;
            for (Element need : children) {
                rank++;
                String r = textOf(need, "SENtypeRank");
                String type = textOf(need, "SENtype");
                if (!r.equals(String.valueOf(rank))) {
                    problems.add(path + ": rank " + r + " where " + rank + " was due");
                }
                if (seen.contains(type)) {
                    problems.add(path + ": " + type + " twice");
                }
                seen.add(type);
            }
        }
        if (name.equals("DestSchool")) {
            String lea = textOf(element, "LEA");
            String estab = textOf(element, "Estab");
            if (lea.equals("MMM") != estab.equals("MMMM")) {
                problems.add(path + ": MMM and MMMM go together (destination not known)");
            }
        }
    }

    private static String textOf(Element parent, String name) {
        Node n = parent.getElementsByTagName(name).item(0);
        return n == null ? "" : n.getTextContent();
    }
}
