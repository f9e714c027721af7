package org.waymark;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.waymark.attachments.domain.AttachmentKind;
import org.waymark.bids.domain.FundedProvision;
import org.waymark.bids.domain.ThemeChoice;
import org.waymark.bids.service.BidService;
import org.waymark.security.service.AccountService;

/** Complete bids made through the service as the demo school SENCO, for tests of what follows. */
@Component
public class BidScenarios {

    private final BidService bids;
    private final AccountService accounts;
    private final DemoPupils demo;

    BidScenarios(BidService bids, AccountService accounts, DemoPupils demo) {
        this.bids = bids;
        this.accounts = accounts;
        this.demo = demo;
    }

    /** An AFN bid under communication and interaction, submitted to the family. */
    public long submittedAfn() {
        SignIn.as(accounts, "senco");
        long pupilId = demo.pupilWithoutBids("Larkfield Primary School");
        long bidId = bids.start(pupilId);
        int v = bids.saveAreas(bidId, bids.open(bidId).bid().getVersion(), Set.of("CI"));
        v = bids.saveChoices(bidId, v, List.of(
                new ThemeChoice("CI", "CI1", "AFN", "Follows only two-word instructions in class"),
                new ThemeChoice("CI", "CI2", "AFN", "Speech understood by familiar adults only"),
                new ThemeChoice("CI", "CI3", "CORE", "Plays well with one friend")));
        v = bids.saveFundedProvision(bidId, v, List.of(new FundedProvision("Language group three times a week",
                new BigDecimal("6400"))));
        v = bids.saveLevel(bidId, v, "AFN", null);
        v = bids.saveViews(bidId, v, "We hope he can tell us about his day.", "I like the talking group.", null, "");
        bids.submit(bidId, v);
        return bidId;
    }

    /** A medical HLN 1 bid with its health care plan attached, submitted to the family. */
    public long submittedHln() {
        SignIn.as(accounts, "senco");
        long pupilId = demo.pupilWithoutBids("Larkfield Primary School");
        long bidId = bids.start(pupilId);
        int v = bids.saveAreas(bidId, bids.open(bidId).bid().getVersion(), Set.of("SMP"));
        v = bids.saveChoices(bidId, v, List.of(
                new ThemeChoice("SMP", "SMP1", "HLN1", "Tube fed; rescue medication for seizures"),
                new ThemeChoice("SMP", "SMP2", "HLN1", "Hoisted for personal care twice a day"),
                new ThemeChoice("SMP", "SMP3", "AFN", "Glasses; enlarged print")));
        v = bids.saveFundedProvision(bidId, v, List.of(new FundedProvision("Trained assistant mornings",
                new BigDecimal("6000"))));
        v = bids.saveLevel(bidId, v, "HLN1", null);
        bids.attach(bidId, AttachmentKind.HEALTH_CARE_PLAN, "Care plan.pdf",
                "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        v = bids.open(bidId).bid().getVersion();
        bids.submit(bidId, v);
        return bidId;
    }

    /** An HLN bid countersigned by the Family SENCO and forwarded to the authority's panel. */
    public long forwardedHln() {
        long bidId = submittedHln();
        SignIn.as(accounts, "family.senco");
        bids.countersignAndForward(bidId, bids.versionForDecision(bidId), "Fits HLN 1: medical needs met daily");
        return bidId;
    }
}
