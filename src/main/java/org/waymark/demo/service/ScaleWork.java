package org.waymark.demo.service;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.waymark.plans.domain.PlanContent;
import org.waymark.plans.domain.PlanContentCodec;
import org.waymark.plans.domain.Voice;

/**
 * The casework of a generated authority (see {@link ScaleData}) over five financial years, for the
 * benchmarks of the lists that grow with time: support plans with versions, steps and reviews;
 * descriptor bids with their steps; family moderation meetings deciding the AFN bids; HLN panel
 * meetings deciding the rest, with a decision letter per case; and ledger lines with their history
 * for what was agreed or awarded. Written with batched inserts, deterministic for a seed; the rows
 * obey the aggregates' rules so the services read them like any others.
 */
public final class ScaleWork {

    private static final Logger LOG = LoggerFactory.getLogger(ScaleWork.class);
    private static final int BATCH = 5_000;
    private static final int FIRST_YEAR = 2022;
    private static final int YEARS = 5;
    /** Data as of this day (as for {@link ScaleData}); the current financial year is 2026-27. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 1);
    private static final int MEETINGS_PER_FAMILY_YEAR = 6;
    private static final int PANELS_PER_YEAR = 10;

    private final JdbcTemplate jdbc;

    public ScaleWork(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What to generate for the authority: plans in all and bids a year. */
    public record Volume(int plans, int bidsPerYear, long seed) {

        /** Kent-sized: 20,000 plans; 4,000 bids a year. */
        public static Volume kent(long seed) {
            return new Volume(20_000, 4_000, seed);
        }

        /**
         * England-sized casework on an England-sized register: Kent's volume scaled by the registers
         * (1,770,000 / 60,000 pupils), 590,000 plans and 118,000 bids a year.
         */
        public static Volume england(long seed) {
            return new Volume(590_000, 118_000, seed);
        }
    }

    /** True if the authority's casework is there already. */
    public boolean generated(long laId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM support_plan WHERE local_authority_id = ?", Long.class,
                laId) > 0;
    }

    public void generate(long laId, Volume volume) {
        if (generated(laId)) {
            // a database written before the statutory records were generated gains them
            if (!statutoryGenerated(laId)) {
                statutory(laId, pupilsOf(laId), volume, new Random(volume.seed() + 1));
            }
            return;
        }
        long started = System.nanoTime();
        Random random = new Random(volume.seed());
        List<long[]> pupils = pupilsOf(laId);
        plans(laId, pupils, volume, random);
        List<Long> frameworks = frameworks(laId);
        List<Bid> bids = bids(laId, pupils, frameworks, volume, random);
        moderation(laId, bids);
        panels(laId, bids, random);
        statutory(laId, pupils, volume, new Random(volume.seed() + 1));
        // each ledger line's and letter's copy of its pupil's main need, as their saves write it (V61)
        org.waymark.reporting.domain.PupilCounts.fillPupilNeeds(jdbc, laId);
        LOG.info("Generated casework for authority {}: {} plans, {} bids in {} s", laId, volume.plans(), bids.size(),
                (System.nanoTime() - started) / 1_000_000_000);
    }

    private List<long[]> pupilsOf(long laId) {
        return jdbc.query("SELECT p.id, p.school_id, s.family_id FROM pupil p JOIN school s"
                + " ON s.id = p.school_id WHERE p.local_authority_id = ? ORDER BY p.id",
                (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}, laId);
    }

    // ---- EHC needs assessments, appeals, restrictive practice ------------------------------------

    private boolean statutoryGenerated(long laId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ehc_assessment WHERE local_authority_id = ?", Long.class,
                laId) > 0;
    }

    /**
     * The records the dashboard's other figures count, over the same five years, in proportion to
     * the bids: EHC needs assessments (half the bids a year; each step dated where it was reached,
     * about one in five steps past its statutory time), appeals against panel decisions (one in
     * twenty) and restrictive practice incidents (half the bids).
     */
    private void statutory(long laId, List<long[]> pupils, Volume volume, Random random) {
        long started = System.nanoTime();
        int perYear = volume.bidsPerYear() / 2;
        List<Object[]> assessments = new ArrayList<>();
        List<Object[]> incidents = new ArrayList<>();
        List<Object[]> appeals = new ArrayList<>();
        String[] statuses = {"REQUESTED", "ASSESSING", "DRAFT", "ISSUED", "NOT_ASSESSED"};
        for (int i = 0; i < perYear * YEARS; i++) {
            long[] pupil = pupils.get(random.nextInt(pupils.size()));
            LocalDate received = TODAY.minusDays(random.nextInt(365 * YEARS));
            LocalDate decided = received.plusDays(20 + random.nextInt(30));
            LocalDate draft = received.plusDays(70 + random.nextInt(80));
            LocalDate closed = draft.plusDays(20 + random.nextInt(40));
            String status = statuses[random.nextInt(statuses.length)];
            boolean decidedYet = !status.equals("REQUESTED") && !decided.isAfter(TODAY);
            boolean draftYet = (status.equals("DRAFT") || status.equals("ISSUED")) && !draft.isAfter(TODAY);
            boolean closedYet = (status.equals("ISSUED") || status.equals("NOT_ASSESSED")) && !closed.isAfter(TODAY);
            assessments.add(new Object[] {laId, pupil[0], pupil[1], received, status,
                    decidedYet ? decided : null, draftYet ? draft : null, closedYet ? closed : null,
                    ts(received.atTime(9, 0))});
            LocalDateTime occurred = TODAY.minusDays(random.nextInt(365 * YEARS)).atTime(10 + random.nextInt(5), 0);
            incidents.add(new Object[] {laId, pupil[0], pupil[1], random.nextBoolean() ? "PHYSICAL_INTERVENTION"
                    : "SECLUSION", ts(occurred), 1 + random.nextInt(20), ts(occurred)});
            if (i % 10 == 0) {
                long[] appellant = pupils.get(random.nextInt(pupils.size()));
                LocalDateTime asked = TODAY.minusDays(random.nextInt(365 * YEARS)).atTime(14, 0);
                appeals.add(new Object[] {laId, appellant[0], appellant[1], appellant[2],
                        random.nextBoolean() ? "ASKED" : "LISTED", ts(asked)});
            }
        }
        batched("INSERT INTO ehc_assessment (local_authority_id, pupil_id, school_id, source, requester, requester_role,"
                + " reasons, needs, received_on, caseworker, status, decided_on, draft_sent_on, closed_on, recorded_by,"
                + " recorded_at) VALUES (?, ?, ?, ?, ?, 'SENCO', 'Needs beyond what the school can provide',"
                + " 'COGNITION_LEARNING', ?, 'caseworker', ?, ?, ?, ?, 'caseworker', ?)",
                assessments.stream().map(a -> new Object[] {a[0], a[1], a[2], "SCHOOL", "The school", a[3], a[4], a[5],
                        a[6], a[7], a[8]}).toList());
        batched("INSERT INTO restrictive_incident (local_authority_id, pupil_id, school_id, kind, occurred_at,"
                + " duration_minutes, staff_involved, description, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?,"
                + " 'Two teaching assistants', 'Held to stop a fall on the stairs', 'senco', ?)", incidents);
        batched("INSERT INTO appeal_request (local_authority_id, bid_id, pupil_id, school_id, family_id,"
                + " original_meeting_id, status, grounds, requested_by, requested_at) VALUES (?, 0, ?, ?, ?, 0, ?,"
                + " 'The evidence was not read', 'senco', ?)", appeals);
        LOG.info("Generated statutory records for authority {}: {} assessments, {} incidents, {} appeals in {} s", laId,
                assessments.size(), incidents.size(), appeals.size(), (System.nanoTime() - started) / 1_000_000_000);
    }

    // ---- plans --------------------------------------------------------------------------------

    private void plans(long laId, List<long[]> pupils, Volume volume, Random random) {
        String content = PlanContentCodec.encode(PlanContent.empty()
                .withProfile(List.of(new PlanContent.Statement(Voice.CHILD, "Being with my friends at break")),
                        List.of(new PlanContent.Statement(Voice.PARENT, "Kind and funny")),
                        List.of(new PlanContent.Statement(Voice.STAFF, "Visual timetable and a quiet space")))
                .withOutcomes(List.of(new PlanContent.Outcome("O1", "Reads a short text on their own",
                                TODAY.plusMonths(6)),
                        new PlanContent.Outcome("O2", "Asks an adult for help when stuck", TODAY.plusMonths(6))))
                .withProvisions(List.of(
                        new PlanContent.Provision("O1", "Guided reading", "Teaching assistant", "Daily",
                                new java.math.BigDecimal("2.5"), new java.math.BigDecimal("2600"),
                                org.waymark.plans.domain.DeliveryLanguage.ENGLISH,
                                org.waymark.plans.domain.GroupSize.ONE_TO_ONE),
                        new PlanContent.Provision("O2", "Talk group", "SENCO", "Weekly",
                                new java.math.BigDecimal("1"), new java.math.BigDecimal("400"),
                                org.waymark.plans.domain.DeliveryLanguage.ENGLISH,
                                org.waymark.plans.domain.GroupSize.GROUP))));
        long firstId = nextId("support_plan");
        List<Object[]> plans = new ArrayList<>();
        List<Object[]> versions = new ArrayList<>();
        List<Object[]> steps = new ArrayList<>();
        List<Object[]> reviews = new ArrayList<>();
        int count = Math.min(volume.plans(), pupils.size());
        int stride = Math.max(1, pupils.size() / Math.max(1, count));
        for (int i = 0; i < count; i++) {
            long id = firstId + i;
            long pupilId = pupils.get(i * stride)[0];
            boolean ehcp = random.nextInt(5) < 2;
            int roll = random.nextInt(20);
            String status = roll < 16 ? "AGREED" : roll < 18 ? "UNDER_REVIEW" : roll < 19 ? "DRAFT" : "CEASED";
            LocalDateTime created = TODAY.minusDays(30 + random.nextInt(365 * YEARS)).atTime(9, 0);
            LocalDate nextReview = "DRAFT".equals(status) || "CEASED".equals(status) ? null
                    : TODAY.plusDays(random.nextInt(455) - 90);
            boolean reviewed = created.toLocalDate().isBefore(TODAY.minusYears(1)) && random.nextBoolean();
            plans.add(new Object[] {id, pupilId, laId, ehcp ? "EHCP" : "SEN_SUPPORT", status, 12,
                    nextReview == null ? null : Date.valueOf(nextReview), ts(created), 1});
            Timestamp agreedAt = ts(created.plusDays(20));
            boolean agreedOnce = !"DRAFT".equals(status);
            versions.add(new Object[] {id, 1, agreedOnce, content, agreedOnce ? agreedAt : ts(created), "senco",
                    agreedOnce ? agreedAt : null, agreedOnce ? "senco" : null});
            int step = 0;
            steps.add(new Object[] {id, step++, "DRAFT", "senco", ts(created), null});
            if (agreedOnce) {
                steps.add(new Object[] {id, step++, "AGREED", "senco", agreedAt, null});
            }
            if (reviewed && agreedOnce) {
                LocalDateTime heldOn = created.plusYears(1);
                reviews.add(new Object[] {id, 1, Date.valueOf(heldOn.toLocalDate()),
                        "Good progress in reading; new outcome for independence", "senco", ts(heldOn)});
                versions.add(new Object[] {id, 2, true, content, ts(heldOn.plusDays(7)), "senco",
                        ts(heldOn.plusDays(7)), "senco"});
                steps.add(new Object[] {id, step++, "UNDER_REVIEW", "senco", ts(heldOn.minusDays(14)), null});
                steps.add(new Object[] {id, step++, "AGREED", "senco", ts(heldOn.plusDays(7)), "version 2"});
            }
            if ("CEASED".equals(status)) {
                steps.add(new Object[] {id, step, "CEASED", "caseworker", ts(created.plusMonths(18)), "left the area"});
            }
            if (plans.size() == BATCH || i == count - 1) {
                jdbc.batchUpdate("INSERT INTO support_plan (id, pupil_id, local_authority_id, plan_type, status,"
                        + " review_interval_months, next_review_date, created_at, version)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", plans);
                jdbc.batchUpdate("INSERT INTO plan_version (support_plan_id, number, agreed, content, updated_at,"
                        + " updated_by, agreed_at, agreed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", versions);
                jdbc.batchUpdate("INSERT INTO plan_step (support_plan_id, sort_key, status, actor, occurred_at, note)"
                        + " VALUES (?, ?, ?, ?, ?, ?)", steps);
                jdbc.batchUpdate("INSERT INTO plan_review (support_plan_id, reviewed_version, held_on, summary,"
                        + " recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)", reviews);
                plans.clear();
                versions.clear();
                steps.clear();
                reviews.clear();
            }
        }
        // each version's provision lines, as saving a version writes them (see PlanVersion)
        jdbc.update("INSERT INTO plan_provision_line (plan_version_id, line, delivery_language, group_size,"
                + " hours_per_week) SELECT v.id, 0, 'ENGLISH', 'ONE_TO_ONE', 2.5 FROM plan_version v"
                + " JOIN support_plan sp ON sp.id = v.support_plan_id WHERE sp.local_authority_id = ?", laId);
        jdbc.update("INSERT INTO plan_provision_line (plan_version_id, line, delivery_language, group_size,"
                + " hours_per_week) SELECT v.id, 1, 'ENGLISH', 'GROUP', 1 FROM plan_version v"
                + " JOIN support_plan sp ON sp.id = v.support_plan_id WHERE sp.local_authority_id = ?", laId);
        // each plan's copy of its pupil's main need, as a plan's save writes it (V58; the ledger's and letters' later)
        org.waymark.reporting.domain.PupilCounts.fillPupilNeeds(jdbc, laId);
        // and the authority's plan summaries, as the plans' saves keep them (V59)
        org.waymark.reporting.domain.PlanCounts.recount(jdbc, laId);
    }

    // ---- bids ---------------------------------------------------------------------------------

    /** A generated bid: what the meetings, panels and ledger need to know about it. */
    private record Bid(long id, long pupilId, long schoolId, long familyId, int year, boolean highNeeds,
                       String status, LocalDateTime submitted) {
    }

    private List<Long> frameworks(long laId) {
        List<Object[]> rows = new ArrayList<>();
        for (int y = 0; y < YEARS; y++) {
            Timestamp published = ts(LocalDate.of(FIRST_YEAR + y, 3, 1).atTime(9, 0));
            rows.add(new Object[] {laId, FIRST_YEAR + y, "PUBLISHED", new BigDecimal("6000.00"), published,
                    "admin", published, "admin"});
        }
        jdbc.batchUpdate("INSERT INTO descriptor_framework (local_authority_id, financial_year, status,"
                + " notional_threshold, updated_at, updated_by, published_at, published_by)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows);
        return jdbc.queryForList("SELECT id FROM descriptor_framework WHERE local_authority_id = ?"
                + " ORDER BY financial_year", Long.class, laId);
    }

    private List<Bid> bids(long laId, List<long[]> pupils, List<Long> frameworks, Volume volume, Random random) {
        long nextId = nextId("bid");
        List<Bid> bids = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> steps = new ArrayList<>();
        List<Object[]> areas = new ArrayList<>();
        for (int y = 0; y < YEARS; y++) {
            int year = FIRST_YEAR + y;
            LocalDate yearStart = LocalDate.of(year, 4, 1);
            int daysSoFar = (int) Math.min(365, ChronoUnit.DAYS.between(yearStart, TODAY));
            for (int b = 0; b < volume.bidsPerYear(); b++) {
                long[] pupil = pupils.get(random.nextInt(pupils.size()));
                boolean highNeeds = random.nextInt(10) < 3;
                LocalDateTime submitted = yearStart.plusDays(random.nextInt(daysSoFar)).atTime(10, 0);
                boolean recent = submitted.toLocalDate().isAfter(TODAY.minusDays(45));
                int roll = random.nextInt(10);
                String status = recent ? (roll < 3 ? "DRAFT" : roll < 7 ? "SUBMITTED" : highNeeds ? "FORWARDED"
                        : "AGREED")
                        : highNeeds ? (roll < 8 ? "DECIDED" : "DECLINED")
                        : (roll < 7 ? "AGREED" : roll < 9 ? "DECLINED" : "RETURNED");
                Bid bid = new Bid(nextId++, pupil[0], pupil[1], pupil[2], year, highNeeds, status, submitted);
                bids.add(bid);
                String level = highNeeds ? (random.nextBoolean() ? "HLN1" : "HLN3") : "AFN";
                LocalDateTime decided = submitted.plusDays(21);
                rows.add(new Object[] {bid.id(), bid.pupilId(), bid.schoolId(), bid.familyId(), laId, frameworks.get(y),
                        status, level, level, "DRAFT".equals(status) ? null : new BigDecimal("6000.00"),
                        "AGREED".equals(status) ? "AFN" : "DECIDED".equals(status) ? level : null,
                        "AGREED".equals(status) ? new BigDecimal("2500.00") : null, "senco",
                        ts(submitted.minusDays(3)), ts("DRAFT".equals(status) || "SUBMITTED".equals(status) ? submitted
                                : decided), 1});
                areas.add(new Object[] {bid.id(), random.nextBoolean() ? "CI" : "CL"});
                int step = 0;
                steps.add(new Object[] {bid.id(), step++, "DRAFT", "senco", ts(submitted.minusDays(3)), null});
                if (!"DRAFT".equals(status)) {
                    steps.add(new Object[] {bid.id(), step++, "SUBMITTED", "senco", ts(submitted), null});
                }
                if (highNeeds && !"DRAFT".equals(status) && !"SUBMITTED".equals(status)) {
                    steps.add(new Object[] {bid.id(), step++, "FORWARDED", "family.senco", ts(submitted.plusDays(10)),
                            null});
                }
                if (!List.of("DRAFT", "SUBMITTED", "FORWARDED").contains(status)) {
                    steps.add(new Object[] {bid.id(), step, status, highNeeds ? "caseworker" : "family.senco",
                            ts(decided), "Decided at the meeting"});
                }
                if (rows.size() == BATCH) {
                    flushBids(rows, steps, areas);
                }
            }
        }
        flushBids(rows, steps, areas);
        return bids;
    }

    private void flushBids(List<Object[]> rows, List<Object[]> steps, List<Object[]> areas) {
        jdbc.batchUpdate("INSERT INTO bid (id, pupil_id, school_id, family_id, local_authority_id, framework_id, status,"
                + " level_proposed, level_asked, threshold_at_submission, agreed_level, agreed_amount, created_by,"
                + " created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        jdbc.batchUpdate("INSERT INTO bid_step (bid_id, sort_key, status, actor, occurred_at, note)"
                + " VALUES (?, ?, ?, ?, ?, ?)", steps);
        jdbc.batchUpdate("INSERT INTO bid_area (bid_id, area_code) VALUES (?, ?)", areas);
        rows.clear();
        steps.clear();
        areas.clear();
    }

    // ---- moderation meetings: each family's AFN bids, six meetings a year ----------------------

    private void moderation(long laId, List<Bid> bids) {
        long nextMeeting = nextId("moderation_meeting");
        List<Object[]> meetings = new ArrayList<>();
        List<Object[]> cases = new ArrayList<>();
        List<Object[]> lines = new ArrayList<>();
        Map<String, long[]> meetingOf = new HashMap<>(); // family|year|slot -> id, cases
        for (Bid bid : bids) {
            if (bid.highNeeds() || List.of("DRAFT", "SUBMITTED").contains(bid.status())) {
                continue;
            }
            int slot = Math.min(MEETINGS_PER_FAMILY_YEAR - 1,
                    (int) (ChronoUnit.DAYS.between(LocalDate.of(bid.year(), 4, 1),
                            bid.submitted().toLocalDate()) / (365 / MEETINGS_PER_FAMILY_YEAR)));
            String key = bid.familyId() + "|" + bid.year() + "|" + slot;
            long[] meeting = meetingOf.get(key);
            LocalDate day = bid.submitted().toLocalDate().plusDays(21);
            if (meeting == null) {
                meeting = new long[] {nextMeeting++, 0};
                meetingOf.put(key, meeting);
                meetings.add(new Object[] {meeting[0], bid.familyId(), laId, bid.year(), Date.valueOf(day), "CLOSED",
                        "family.senco", ts(day.atTime(9, 0)), "family.senco", ts(day.atTime(16, 0)), 1});
            }
            int sortKey = (int) meeting[1]++;
            cases.add(new Object[] {meeting[0], sortKey, "BID", bid.pupilId(), bid.id(), bid.status(),
                    "AGREED".equals(bid.status()) ? "AFN" : null,
                    "AGREED".equals(bid.status()) ? new BigDecimal("2500.00") : null, "Moderated by the family",
                    "family.senco", ts(day.atTime(11, 0))});
            if ("AGREED".equals(bid.status())) {
                LocalDate start = termAfter(day);
                lines.add(allocation(laId, bid, "AFN", "AFN", new BigDecimal("2500.00"), start,
                        LocalDate.of(start.getMonthValue() >= 9 ? start.getYear() + 1 : start.getYear(), 8, 31),
                        "MODERATION", meeting[0], day));
            }
        }
        jdbc.batchUpdate("INSERT INTO moderation_meeting (id, family_id, local_authority_id, financial_year,"
                + " meeting_date, status, opened_by, opened_at, closed_by, closed_at, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", meetings);
        batched("INSERT INTO meeting_case (moderation_meeting_id, sort_key, kind, pupil_id, bid_id, outcome, level,"
                + " amount, reason, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", cases);
        allocations(lines);
    }

    // ---- HLN panels: ten a year, each deciding the forwarded bids since the last -------------

    private void panels(long laId, List<Bid> bids, Random random) {
        long nextMeeting = nextId("panel_meeting");
        List<Object[]> meetings = new ArrayList<>();
        List<Object[]> cases = new ArrayList<>();
        List<Object[]> letters = new ArrayList<>();
        List<Object[]> lines = new ArrayList<>();
        Map<String, long[]> meetingOf = new HashMap<>();
        for (Bid bid : bids) {
            if (!bid.highNeeds() || !List.of("DECIDED", "DECLINED").contains(bid.status())) {
                continue;
            }
            LocalDate forwarded = bid.submitted().toLocalDate().plusDays(10);
            int slot = (int) (ChronoUnit.DAYS.between(LocalDate.of(bid.year(), 4, 1), forwarded)
                    / (365 / PANELS_PER_YEAR));
            LocalDate day = LocalDate.of(bid.year(), 4, 1).plusDays((slot + 1L) * (365 / PANELS_PER_YEAR));
            if (day.isAfter(TODAY)) {
                day = TODAY.minusDays(1);
            }
            String key = bid.year() + "|" + slot;
            long[] meeting = meetingOf.get(key);
            if (meeting == null) {
                meeting = new long[] {nextMeeting++, 0};
                meetingOf.put(key, meeting);
                meetings.add(new Object[] {meeting[0], laId, "HLN_MAIN", Date.valueOf(day), "CLOSED", "caseworker",
                        ts(day.atTime(9, 0)), "caseworker", ts(day.atTime(17, 0)), 1});
            }
            int caseKey = (int) meeting[1]++;
            boolean awarded = "DECIDED".equals(bid.status());
            String level = random.nextBoolean() ? "HLN1" : "HLN3";
            BigDecimal amount = new BigDecimal("HLN1".equals(level) ? "7500.00" : "12500.00");
            cases.add(new Object[] {meeting[0], caseKey, "NEW_BID", bid.pupilId(), bid.schoolId(), bid.id(),
                    awarded ? "AWARDED" : "DECLINED", awarded ? level : null, awarded ? amount : null,
                    "Evidence meets the descriptors at this level", "caseworker", ts(day.atTime(12, 0))});
            LocalDate dueBy = day.plusDays(14);
            boolean sent = dueBy.isBefore(TODAY.minusDays(20));
            letters.add(new Object[] {laId, meeting[0], caseKey, bid.pupilId(), bid.schoolId(), "en",
                    sent ? "letter-" + meeting[0] + "-" + caseKey + ".pdf" : null, sent ? ts(day.atTime(18, 0)) : null,
                    Date.valueOf(dueBy), sent ? Date.valueOf(dueBy.minusDays(2)) : null, sent ? "caseworker" : null, 1});
            if (awarded) {
                LocalDate start = termAfter(day);
                lines.add(allocation(laId, bid, "HLN", level, amount, start, start.plusYears(2).minusDays(1), "PANEL",
                        meeting[0], day));
            }
        }
        jdbc.batchUpdate("INSERT INTO panel_meeting (id, local_authority_id, kind, meeting_date, status, opened_by,"
                + " opened_at, closed_by, closed_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", meetings);
        batched("INSERT INTO panel_case (panel_meeting_id, sort_key, kind, pupil_id, school_id, bid_id, outcome, level,"
                + " amount, reasons, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", cases);
        batched("INSERT INTO decision_letter (local_authority_id, panel_meeting_id, case_key, pupil_id, school_id,"
                + " language, stored_name, generated_at, due_by, sent_on, sent_by, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", letters);
        allocations(lines);
    }

    // ---- ledger lines -------------------------------------------------------------------------

    private static Object[] allocation(long laId, Bid bid, String stream, String level, BigDecimal amount,
                                       LocalDate start, LocalDate end, String source, long sourceId, LocalDate decided) {
        return new Object[] {laId, bid.pupilId(), bid.schoolId(), "AFN".equals(stream) ? bid.familyId() : null, stream,
                level, amount, Date.valueOf(start), Date.valueOf(end), source, sourceId, Date.valueOf(decided),
                ts(decided.atTime(17, 0)), "AFN".equals(stream) ? "family.senco" : "caseworker", 1};
    }

    private void allocations(List<Object[]> lines) {
        long firstId = nextId("allocation");
        List<Object[]> withIds = new ArrayList<>();
        List<Object[]> history = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Object[] line = lines.get(i);
            Object[] row = new Object[line.length + 1];
            row[0] = firstId + i;
            System.arraycopy(line, 0, row, 1, line.length);
            withIds.add(row);
            history.add(new Object[] {firstId + i, 0, line[12], line[13], "OPENED", "Decision of the meeting"});
        }
        batched("INSERT INTO allocation (id, local_authority_id, pupil_id, school_id, family_id, stream, level, amount,"
                + " start_date, end_date, source, source_id, decided_on, created_at, created_by, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", withIds);
        batched("INSERT INTO allocation_history (allocation_id, sort_key, happened_at, actor, event, note)"
                + " VALUES (?, ?, ?, ?, ?, ?)", history);
    }

    /**
     * The first day of the term after a decision, by the English calendar's usual term starts: the
     * generated authority's calendar (the demo terms, four academic years before {@link #TODAY})
     * begins in 2022/23, so decisions of the first casework year cannot be dated by
     * {@code SchoolCalendar}.
     */
    static LocalDate termAfter(LocalDate day) {
        int y = day.getYear();
        for (LocalDate start : List.of(LocalDate.of(y, 1, 5), LocalDate.of(y, 4, 20), LocalDate.of(y, 9, 3),
                LocalDate.of(y + 1, 1, 5))) {
            if (start.isAfter(day)) {
                return start;
            }
        }
        throw new IllegalStateException("unreachable");
    }

    private void batched(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
    }

    private long nextId(String table) {
        return jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM " + table, Long.class) + 1;
    }

    private static Timestamp ts(LocalDateTime at) {
        return Timestamp.valueOf(at);
    }
}
