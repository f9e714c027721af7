package org.waymark.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class NoticeTest {

    @Test
    void arguments_come_back_as_given_and_keys_are_marked() {
        Notice notice = Notice.to("parent", "plans/1", Instant.EPOCH, "notice.plan.agreed",
                Notice.key("enum.PlanType.SEN_SUPPORT"), "Amy Jones", 2, "");
        assertThat(notice.argumentList()).containsExactly("#enum.PlanType.SEN_SUPPORT", "Amy Jones", "2", "");
        assertThat(Notice.keyOf(notice.argumentList().getFirst())).contains("enum.PlanType.SEN_SUPPORT");
        assertThat(Notice.keyOf("Amy Jones")).isEmpty();
    }

    @Test
    void a_phrase_argument_keeps_its_own_key_and_arguments() {
        Notice notice = Notice.to("senco", "bids/1", Instant.EPOCH, "notice.bid.decided", "Amy Jones",
                Notice.phrase("notice.funding.what", Notice.key("bid.level.HLN1"), "£10,987.00"));
        String what = notice.argumentList().get(1);
        assertThat(Notice.phraseOf(what)).contains(new Notice.Phrase("notice.funding.what",
                java.util.List.of("#bid.level.HLN1", "£10,987.00")));
        assertThat(Notice.keyOf(what)).contains("notice.funding.what");
        assertThat(Notice.phraseOf("#enum.PlanType.SEN_SUPPORT"))
                .contains(new Notice.Phrase("enum.PlanType.SEN_SUPPORT", java.util.List.of()));
        assertThat(Notice.phraseOf("Amy Jones")).isEmpty();
    }

    @Test
    void reading_is_recorded_once() {
        Notice notice = Notice.to("parent", "plans/1", Instant.EPOCH, "k");
        assertThat(notice.isUnread()).isTrue();
        assertThat(notice.argumentList()).isEmpty();
        notice.markRead(Instant.ofEpochSecond(10));
        notice.markRead(Instant.ofEpochSecond(20));
        assertThat(notice.getReadAt()).isEqualTo(Instant.ofEpochSecond(10));
    }
}
