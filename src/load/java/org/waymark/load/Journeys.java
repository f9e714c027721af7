package org.waymark.load;

import static io.gatling.javaapi.core.CoreDsl.exec;

import io.gatling.javaapi.core.ChainBuilder;

/**
 * One round of work for each kind of user, with think time between steps. The demo authority's
 * accounts are used; many virtual users share an account, each with a session of its own.
 */
final class Journeys {

    private Journeys() {
    }

    /**
     * Before the users arrive: the Family SENCO opens today's moderation meeting and the caseworker
     * today's HLN panel meeting, so that the journeys have meetings to open (as on a meeting day).
     */
    static ChainBuilder meetingDay() {
        return exec(Steps.signIn("family.senco"),
                Steps.open("prepare: meetings", "moderation", "meeting-list"),
                Steps.click("prepare: open moderation meeting", "open-meeting"),
                Steps.signOut(), Steps.forgetCookies(),
                Steps.signIn("caseworker"),
                Steps.open("prepare: panels", "panels", "panel-meetings"),
                Steps.click("prepare: open panel meeting", "open-panel-meeting"),
                Steps.signOut());
    }

    /** A school SENCO: finds a pupil, reads the pupil's plans, then the school's bids and reviews due. */
    static ChainBuilder schoolSenco() {
        return exec(Steps.open("senco: pupils", "pupils", "pupil-grid"), Steps.think(),
                Steps.type("senco: search pupils", "pupil-search", "a"), Steps.think(),
                Steps.type("senco: clear search", "pupil-search", ""),
                Steps.openLink("senco: open pupil", "pupils/\\d+"), Steps.think(),
                Steps.openLink("senco: pupil's plans", "pupils/\\d+/plans"), Steps.think(),
                Steps.openLink("senco: open plan", "plans/\\d+"), Steps.think(),
                Steps.open("senco: bids", "bids", "bid-grid"), Steps.think(),
                Steps.open("senco: reviews due", "reviews", "review-grid"), Steps.think(),
                Steps.home(), Steps.think());
    }

    /** A Family SENCO: the family's moderation meetings, one meeting, then the family's pupils and bids. */
    static ChainBuilder familySenco() {
        return exec(Steps.open("family: meetings", "moderation", "meeting-list"), Steps.think(),
                Steps.openLink("family: open meeting", "moderation/\\d+"), Steps.think(),
                Steps.open("family: pupils", "pupils", "pupil-grid"), Steps.think(),
                Steps.type("family: search pupils", "pupil-search", "b"), Steps.think(),
                Steps.openLink("family: open pupil", "pupils/\\d+"), Steps.think(),
                Steps.open("family: bids", "bids", "bid-grid"), Steps.think(),
                Steps.home(), Steps.think());
    }

    /** An LA caseworker: scrolls and searches the authority's pupils, then ledger, letters due and panels. */
    static ChainBuilder laOfficer() {
        return exec(Steps.open("la: pupils", "pupils", "pupil-grid"), Steps.think(),
                Steps.scroll("la: scroll pupils", "pupil-grid", 50), Steps.think(),
                Steps.type("la: search pupils", "pupil-search", "c"), Steps.think(),
                Steps.openLink("la: open pupil", "pupils/\\d+"), Steps.think(),
                Steps.open("la: ledger", "allocations", "ledger"), Steps.think(),
                Steps.open("la: letters due", "letters", "letters-due"), Steps.think(),
                Steps.open("la: panels", "panels", "panel-meetings"), Steps.think(),
                Steps.openLink("la: open panel meeting", "panels/meetings/\\d+"), Steps.think(),
                Steps.open("la: reviews due", "reviews", "review-grid"), Steps.think(),
                Steps.home(), Steps.think());
    }

    /** A parent on a phone: a child's plan, letters or funding, and the notifications marked read. */
    static ChainBuilder parent() {
        return exec(Steps.openLink("parent: child's plans", "pupils/\\d+/plans"), Steps.think(),
                Steps.openLink("parent: open plan", "plans/\\d+"), Steps.think(),
                Steps.home(), Steps.think(),
                Steps.openLink("parent: letters or funding", "pupils/\\d+/(letters|allocations)"), Steps.think(),
                Steps.open("parent: notifications", "notifications", "notice-list"), Steps.think(),
                Steps.click("parent: mark all read", "notice-read-all"), Steps.think(),
                Steps.home(), Steps.think());
    }
}
