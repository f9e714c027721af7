package org.waymark;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.waymark.attachments.domain.AttachmentKind;
import org.waymark.bids.domain.FundedProvision;
import org.waymark.bids.domain.ThemeChoice;
import org.waymark.bids.service.BidModerationService;
import org.waymark.bids.service.BidService;
import org.waymark.bids.service.BidWizardService;
import org.waymark.security.service.AccountService;

/** Complete bids made through the service as the demo school SENCO, for tests of what follows. */
@Component
public class BidScenarios {

    private final BidService bids;
    private final BidWizardService wizard;
    private final BidModerationService family;
    private final AccountService accounts;
    private final DemoPupils demo;

    BidScenarios(BidService bids, BidWizardService wizard, BidModerationService family, AccountService accounts,
                 DemoPupils demo) {
        this.bids = bids;
        this.wizard = wizard;
        this.family = family;
        this.accounts = accounts;
        this.demo = demo;
    }

    /** An AFN bid under communication and interaction, submitted to the family. */
    public long submittedAfn() {
        SignIn.as(accounts, "senco");
        long pupilId = demo.pupilWithoutBids("Larkfield Primary School");
        long bidId = wizard.start(pupilId);
        int v = wizard.saveAreas(bidId, bids.open(bidId).bid().getVersion(), Set.of("CI"));
        v = wizard.saveChoices(bidId, v, List.of(
                new ThemeChoice("CI", "CI1", "AFN", "Follows only two-word instructions in class"),
                new ThemeChoice("CI", "CI2", "AFN", "Speech understood by familiar adults only"),
                new ThemeChoice("CI", "CI3", "CORE", "Plays well with one friend")));
        v = wizard.saveFundedProvision(bidId, v, List.of(new FundedProvision("Language group three times a week",
                new BigDecimal("6400"))));
        v = wizard.saveLevel(bidId, v, "AFN", null);
        v = wizard.saveViews(bidId, v, "We hope he can tell us about his day.", "I like the talking group.", null, "");
        wizard.submit(bidId, v);
        return bidId;
    }

    /** A medical HLN 1 bid with its health care plan attached, submitted to the family. */
    public long submittedHln() {
        SignIn.as(accounts, "senco");
        long bidId = hlnReadyToSubmit(demo.pupilWithoutBids("Larkfield Primary School"), "HLN1");
        wizard.submit(bidId, bids.open(bidId).bid().getVersion());
        return bidId;
    }

    /**
     * A medical HLN bid for a pupil, filled in up to the check step with its health care plan
     * attached, asking for {@code level} (HLN1, or HLN3 with a reason), not yet submitted. As the SENCO.
     */
    public long hlnReadyToSubmit(long pupilId, String level) {
        SignIn.as(accounts, "senco");
        long bidId = wizard.start(pupilId);
        int v = wizard.saveAreas(bidId, bids.open(bidId).bid().getVersion(), Set.of("SMP"));
        v = wizard.saveChoices(bidId, v, List.of(
                new ThemeChoice("SMP", "SMP1", "HLN1", "Tube fed; rescue medication for seizures"),
                new ThemeChoice("SMP", "SMP2", "HLN1", "Hoisted for personal care twice a day"),
                new ThemeChoice("SMP", "SMP3", "AFN", "Glasses; enlarged print")));
        v = wizard.saveFundedProvision(bidId, v, List.of(new FundedProvision("Trained assistant mornings",
                new BigDecimal("6000"))));
        wizard.saveLevel(bidId, v, level, "HLN1".equals(level) ? null
                : "Seizures have become daily since the last award: an adult is needed all day");
        wizard.attach(bidId, AttachmentKind.HEALTH_CARE_PLAN, "Care plan.pdf",
                "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        return bidId;
    }

    /** Submits a bid as the SENCO and has the Family SENCO countersign and forward it to the authority. */
    public long submitAndForward(long bidId) {
        SignIn.as(accounts, "senco");
        wizard.submit(bidId, bids.open(bidId).bid().getVersion());
        SignIn.as(accounts, "family.senco");
        family.countersignAndForward(bidId, family.versionForDecision(bidId), "Countersigned for the panel");
        return bidId;
    }

    /** An HLN bid countersigned by the Family SENCO and forwarded to the authority's panel. */
    public long forwardedHln() {
        long bidId = submittedHln();
        SignIn.as(accounts, "family.senco");
        family.countersignAndForward(bidId, family.versionForDecision(bidId), "Fits HLN 1: medical needs met daily");
        return bidId;
    }
}
