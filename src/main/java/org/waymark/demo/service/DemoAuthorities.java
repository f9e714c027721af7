package org.waymark.demo.service;

import static org.waymark.demo.service.DemoAuthority.academy;
import static org.waymark.demo.service.DemoAuthority.maintained;
import static org.waymark.demo.service.DemoAuthority.welshMedium;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.waymark.base.domain.Nation;
import org.waymark.organisation.domain.AuthorityContact;
import org.waymark.organisation.domain.Phase;
import org.waymark.organisation.domain.Scheme;
import org.waymark.organisation.domain.UsualTermDates;

/**
 * The invented demo authorities: an English county, a Welsh county, a Scottish council and a
 * second English county that runs the Resource Allocation System. Academies exist only in England, so the opted-out academy is English. Their terms
 * follow each nation's usual pattern for four academic years either side of today, so the demo
 * never runs out of "the next term" however long after its release it is started.
 */
final class DemoAuthorities {

    static final int YEARS_BACK = 4;
    static final int YEARS_AHEAD = 4;

    private DemoAuthorities() {
    }

    static List<DemoAuthority> all(LocalDate today) {
        return List.of(england(today), wales(today), scotland(today), englandRas(today));
    }

    static DemoAuthority england(LocalDate today) {
        return new DemoAuthority("WLD", "Wealdshire County Council", null, Nation.ENGLAND,
                Set.of(Scheme.DESCRIPTOR_TOP_UP), "", 941,
                List.of(
                        new DemoAuthority.DemoFamily("Ashbourne Vale Family", List.of(
                                maintained("Larkfield Primary School", Phase.PRIMARY, 412),
                                maintained("St Aidan's CE Primary School", Phase.PRIMARY, 208),
                                academy("Ashbourne Vale Academy", Phase.SECONDARY, 1180, false),
                                maintained("Little Oaks Nursery School", Phase.EARLY_YEARS, 96))),
                        new DemoAuthority.DemoFamily("Thornbury Downs Family", List.of(
                                maintained("Thornbury Downs Infant and Junior School", Phase.PRIMARY, 390),
                                maintained("Kestrel Brook Primary School", Phase.PRIMARY, 245),
                                academy("Hollowmere Academy", Phase.SECONDARY, 960, true),
                                maintained("Greyfriars Learning Centre", Phase.LEARNING_CENTRE, 48),
                                maintained("Meadowside Special School", Phase.SPECIAL, 132)))),
                UsualTermDates.around(Nation.ENGLAND, today, YEARS_BACK, YEARS_AHEAD),
                List.of("Amelia", "Oliver", "Isla", "Noah", "Freya", "Leo", "Ava", "Arthur", "Mia", "Harry",
                        "Poppy", "Jack", "Evie", "Theo", "Ruby", "Alfie", "Grace", "Oscar", "Daisy", "George",
                        "Zara", "Kai", "Maya", "Ibrahim", "Priya", "Tomasz", "Amara", "Reuben"),
                List.of("Ashworth", "Bramley", "Carrow", "Dunmore", "Ellery", "Fenwick", "Garside", "Hollis",
                        "Ingram", "Jessop", "Kirkby", "Lacey", "Mallory", "Norbury", "Oakes", "Pennock", "Quarmby",
                        "Rowntree", "Sutcliffe", "Thwaite", "Underwood", "Varley", "Whitlock", "Yardley",
                        "Okafor", "Nowak", "Chaudhry", "Mensah"),
                new AuthorityContact("send.team@wealdshire.example", "01632 960 214",
                        "SEND Team\nWealdshire County Council\nCounty Hall, Market Street\nWealdbridge WB1 2AA"));
    }

    /**
     * An English county that allocates EHCP resources by the Resource Allocation System instead of a
     * descriptor matrix (Gloucestershire's model, SPEC §10): it runs only the RAS, so its users never
     * see descriptor bids, moderation, frameworks or family budgets. Logins end in ".gl".
     */
    static DemoAuthority englandRas(LocalDate today) {
        return new DemoAuthority("SVM", "Severnmoor County Council", null, Nation.ENGLAND,
                Set.of(Scheme.RESOURCE_ALLOCATION), ".gl", 917,
                List.of(
                        new DemoAuthority.DemoFamily("Coldwater Vale Partnership", List.of(
                                maintained("Coldwater Primary School", Phase.PRIMARY, 336),
                                maintained("Holy Trinity CE Primary School", Phase.PRIMARY, 204),
                                academy("Severnmoor Academy", Phase.SECONDARY, 1120, false))),
                        new DemoAuthority.DemoFamily("Bramblecombe Partnership", List.of(
                                maintained("Bramblecombe Primary School", Phase.PRIMARY, 298),
                                maintained("Linnet Hill School", Phase.SECONDARY, 840),
                                maintained("Orchard Mead Special School", Phase.SPECIAL, 110)))),
                UsualTermDates.around(Nation.ENGLAND, today, YEARS_BACK, YEARS_AHEAD),
                List.of("Ellie", "Finley", "Lily", "Joshua", "Sophie", "Riley", "Chloe", "Ethan", "Hannah", "Lewis",
                        "Olivia", "Mason", "Layla", "Jacob", "Emily", "Toby", "Aisha", "Samuel", "Niamh", "Yusuf"),
                List.of("Ashby", "Beckett", "Coombes", "Davenport", "Everett", "Farley", "Gibbons", "Halford",
                        "Iveson", "Jennings", "Kettley", "Lockwood", "Merriman", "Newland", "Osgood", "Prewett",
                        "Radley", "Stanway", "Tolley", "Adeyemi", "Kowalski", "Rahman"),
                new AuthorityContact("send.casework@severnmoor.example", "01632 960 722",
                        "SEND Casework Team\nSevernmoor County Council\nShire Hall, Westgate\nSevernmoor SV2 8QT"));
    }

    static DemoAuthority wales(LocalDate today) {
        return new DemoAuthority("GLM", "Glanmor County Council", "Cyngor Sir Glanmor", Nation.WALES,
                Set.of(Scheme.IDP), ".cy", 682,
                List.of(
                        new DemoAuthority.DemoFamily("Cwm Tawel Cluster", List.of(
                                welshMedium("Ysgol Gymraeg Pen-y-bryn", Phase.PRIMARY, 276),
                                maintained("Cwm Tawel Primary School", Phase.PRIMARY, 318),
                                welshMedium("Ysgol Gyfun Glanmor", Phase.SECONDARY, 1040),
                                maintained("Nant Eithin Nursery", Phase.EARLY_YEARS, 64))),
                        new DemoAuthority.DemoFamily("Bro Hafren Cluster", List.of(
                                maintained("Bro Hafren Primary School", Phase.PRIMARY, 355),
                                welshMedium("Ysgol Gynradd Llwyn Onn", Phase.PRIMARY, 190),
                                maintained("Glanmor High School", Phase.SECONDARY, 890),
                                maintained("Canolfan Dysgu Derwen Learning Support Centre",
                                        Phase.LEARNING_CENTRE, 36),
                                maintained("Ysgol Arbennig Maes Glas", Phase.SPECIAL, 118)))),
                UsualTermDates.around(Nation.WALES, today, YEARS_BACK, YEARS_AHEAD),
                List.of("Cerys", "Dylan", "Ffion", "Osian", "Seren", "Ioan", "Megan", "Rhys", "Elin", "Gethin",
                        "Nia", "Tomos", "Lowri", "Iestyn", "Alys", "Macsen", "Efa", "Carys", "Owain", "Mali",
                        "Hari", "Gwen", "Jac", "Catrin"),
                List.of("Bowen", "Cadwaladr", "Davies", "Edwards", "Griffiths", "Howells", "Jenkins", "Llewellyn",
                        "Morgan", "Parry", "Powell", "Prosser", "Pugh", "Rees", "Rowlands", "Thomas", "Vaughan",
                        "Watkins", "Gwynne", "Meredith", "Probert", "Hopkin"),
                new AuthorityContact("aln.team@glanmor.example", "01632 960 347",
                        "Tîm ADY / ALN Team\nCyngor Sir Glanmor\nNeuadd y Sir, Heol y Castell\nGlanmor GM3 4BX"));
    }

    static DemoAuthority scotland(LocalDate today) {
        return new DemoAuthority("ARD", "Ardmuir Council", null, Nation.SCOTLAND,
                Set.of(Scheme.ASN_HOURS), ".sc", 0,
                List.of(
                        new DemoAuthority.DemoFamily("Kilbrannan Associated School Group", List.of(
                                maintained("Kilbrannan Primary School", Phase.PRIMARY, 301),
                                maintained("Glenarden Primary School", Phase.PRIMARY, 188),
                                maintained("Kilbrannan Academy", Phase.SECONDARY, 920),
                                maintained("Rowanbank Early Learning Centre", Phase.EARLY_YEARS, 72))),
                        new DemoAuthority.DemoFamily("Lochanside Associated School Group", List.of(
                                maintained("Lochanside Primary School", Phase.PRIMARY, 264),
                                maintained("Strathcairn Primary School", Phase.PRIMARY, 147),
                                maintained("Lochanside High School", Phase.SECONDARY, 780),
                                maintained("Birchwood Learning Centre", Phase.LEARNING_CENTRE, 40),
                                maintained("Heatherlea School", Phase.SPECIAL, 96)))),
                UsualTermDates.around(Nation.SCOTLAND, today, YEARS_BACK, YEARS_AHEAD),
                List.of("Callum", "Eilidh", "Finlay", "Isla", "Lachlan", "Skye", "Ruaridh", "Morven", "Euan",
                        "Kirsty", "Angus", "Mhairi", "Fraser", "Ailsa", "Calum", "Iona", "Struan", "Catriona",
                        "Hamish", "Rhona", "Murdo", "Niamh"),
                List.of("Abernethy", "Buchanan", "Cameron", "Drummond", "Fergusson", "Gillies", "Henderson",
                        "Kerr", "Lennox", "MacAulay", "MacKinnon", "McLeod", "Munro", "Ogilvie", "Rennie",
                        "Sinclair", "Urquhart", "Wallace", "Baird", "Crawford"),
                new AuthorityContact("asl.team@ardmuir.example", "01632 960 581",
                        "Additional Support for Learning Team\nArdmuir Council\nCouncil Offices, Shore Road\nArdmuir AR7 1QP"));
    }
}
