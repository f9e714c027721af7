package org.waymark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.fakeservlet.FakeResponse;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.RequestHandler;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.UidlRequestHandler;

/**
 * A page's last answer is kept compressed between its requests, and a request the browser sends
 * again still gets the same answer (issue 23: the answer's text was the largest thing a signed-in
 * user held). Every page request of the browser tests passes through the handler too.
 */
class CompactLastResponseKaribuIT extends KaribuTest {

    @Test
    void the_handler_takes_page_requests_before_vaadins_own() {
        List<RequestHandler> handlers = new ArrayList<>();
        VaadinService.getCurrent().getRequestHandlers().forEach(handlers::add);
        int ours = indexOf(handlers, CompactLastResponse.class);
        int vaadins = indexOf(handlers, UidlRequestHandler.class);

        assertThat(ours).as("ours is installed").isNotNegative();
        assertThat(vaadins).as("Vaadin's own is there too").isNotNegative();
        assertThat(ours).as("and asked first").isLessThan(vaadins);
    }

    @Test
    void a_page_request_sent_again_gets_the_same_answer_which_was_kept_compressed_in_between() throws Exception {
        UI ui = UI.getCurrent();
        for (int i = 0; i < 200; i++) {
            ui.add(new Span("Cynllun datblygu unigol " + i + " — ŵyr a wyres"));
        }
        CompactLastResponse handler = context.getBean(CompactLastResponse.class);
        String body = "{\"csrfToken\":\"" + ui.getCsrfToken() + "\",\"rpc\":[],\"syncId\":"
                + ui.getInternals().getServerSyncId() + ",\"clientId\":"
                + (ui.getInternals().getLastProcessedClientToServerId() + 1) + "}";

        String first = send(handler, ui, body);

        assertThat(first).as("the page's content was sent").contains("ŵyr a wyres").hasSizeGreaterThan(10_000);
        assertThat(ui.getInternals().getLastRequestResponse()).as("Vaadin's copy of the text is gone").isNull();
        CompactLastResponse.Kept kept = ComponentUtil.getData(ui, CompactLastResponse.Kept.class);
        assertThat(kept.deflated().length).as("kept compressed").isLessThan(first.length() / 4);
        CompactLastResponse.restore(ui);
        assertThat(ui.getInternals().getLastRequestResponse()).as("what was kept is the answer sent").isEqualTo(first);
        CompactLastResponse.compact(ui);

        String again = send(handler, ui, body);

        assertThat(again).as("the same request sent again gets the same answer").isEqualTo(first);
        assertThat(ui.getInternals().getLastRequestResponse()).isNull();
    }

    @Test
    void a_short_answer_is_left_as_it_is() {
        UI ui = UI.getCurrent();
        ui.getInternals().setLastRequestResponse("for(;;);[{\"syncId\":1}]");

        CompactLastResponse.compact(ui);

        assertThat(ui.getInternals().getLastRequestResponse()).isEqualTo("for(;;);[{\"syncId\":1}]");
        assertThat(ComponentUtil.getData(ui, CompactLastResponse.Kept.class)).isNull();
    }

    /** One page request (Vaadin's UIDL) through the handler, as the browser sends it; the answer's text. */
    private static String send(CompactLastResponse handler, UI ui, String body) throws Exception {
        FakeRequest request = (FakeRequest) ((VaadinServletRequest) VaadinRequest.getCurrent()).getRequest();
        request.setParameter("v-uiId", String.valueOf(ui.getUIId()));
        FakeResponse response = (FakeResponse) ((VaadinServletResponse) VaadinResponse.getCurrent()).getResponse();
        response.getBuffer().reset();
        handler.synchronizedHandleRequest(VaadinSession.getCurrent(), VaadinRequest.getCurrent(),
                VaadinResponse.getCurrent(), body).orElseThrow().writeResponse();
        return response.getBuffer().toString(StandardCharsets.UTF_8);
    }

    private static int indexOf(List<RequestHandler> handlers, Class<?> type) {
        for (int i = 0; i < handlers.size(); i++) {
            if (handlers.get(i).getClass() == type) {
                return i;
            }
        }
        return -1;
    }
}
