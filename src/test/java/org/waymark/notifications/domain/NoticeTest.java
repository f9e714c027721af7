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
    void reading_is_recorded_once() {
        Notice notice = Notice.to("parent", "plans/1", Instant.EPOCH, "k");
        assertThat(notice.isUnread()).isTrue();
        assertThat(notice.argumentList()).isEmpty();
        notice.markRead(Instant.ofEpochSecond(10));
        notice.markRead(Instant.ofEpochSecond(20));
        assertThat(notice.getReadAt()).isEqualTo(Instant.ofEpochSecond(10));
    }
}
