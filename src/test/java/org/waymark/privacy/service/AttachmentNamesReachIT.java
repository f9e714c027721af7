package org.waymark.privacy.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.waymark.SignIn;
import org.waymark.attachments.domain.Attachment;
import org.waymark.attachments.domain.OwnerType;
import org.waymark.attachments.service.AttachedFiles;
import org.waymark.attachments.service.AttachmentStore;
import org.waymark.bids.service.BidService;
import org.waymark.security.service.AccountService;

/**
 * Finance and inclusion readers see how many documents a record holds, never their names (issue
 * 20 point 9, DD014): a bid's attachment list, its page's details and its attachment list for
 * other features, through the services; and the store's one list every feature's panel uses.
 */
@SpringBootTest
@ActiveProfiles("test")
class AttachmentNamesReachIT {

    @Autowired BidService bids;
    @Autowired org.waymark.BidScenarios scenarios;
    @Autowired AttachmentStore store;
    @Autowired AccountService accounts;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void figures_only_roles_see_a_count_of_a_bids_documents_but_no_names() {
        // submitted (the authority's roles read a bid once submitted), with its health care plan attached
        long bid = scenarios.submittedHln();
        SignIn.as(accounts, "senco");
        List<String> names = bids.attachedFiles(bid).attachments().stream().map(Attachment::getDisplayName).toList();
        assertThat(names).isNotEmpty();
        assertThat(bids.attachedFiles(bid).withheld()).isZero();
        assertThat(bids.open(bid).attachments()).hasSize(names.size());

        for (String figuresOnly : List.of("finance", "inclusion")) {
            SignIn.as(accounts, figuresOnly);
            AttachedFiles listed = bids.attachedFiles(bid);
            assertThat(listed.attachments()).as(figuresOnly).isEmpty();
            assertThat(listed.withheld()).as(figuresOnly).isEqualTo(names.size());
            assertThat(bids.attachments(bid)).as(figuresOnly).isEmpty();
            // the bid page (and its PDF) build from the details: no names there either
            assertThat(bids.open(bid).attachments()).as(figuresOnly).isEmpty();
            assertThat(store.listed(OwnerType.BID, bid).withheld()).as(figuresOnly).isEqualTo(names.size());
            assertThat(store.namesShown()).as(figuresOnly).isFalse();
        }
        // a caseworker (an authority role with clinical reach) still sees the names
        SignIn.as(accounts, "caseworker");
        assertThat(store.namesShown()).isTrue();
        assertThat(store.listed(OwnerType.BID, bid).attachments()).extracting(Attachment::getDisplayName)
                .containsExactlyInAnyOrderElementsOf(names);
    }
}
