package org.waymark.base.ui;

import java.io.ByteArrayInputStream;

import org.springframework.security.access.AccessDeniedException;
import org.waymark.base.domain.NotFoundException;

import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.InputStreamDownloadHandler;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Every download handler of the portal (attachments, letters, documents, PDFs, exports) is made
 * here, so that a file outside the reader's scope answers exactly as a file that does not exist
 * (issue 20 point 8, DD014): status 404, no file name, no body, whatever the service said. The
 * service has already audited a refusal as DENIED, so the audit tells the two apart; the browser
 * cannot. Without this, a refusal ended as a 500 carrying the exception's text.
 */
public final class Downloads {

    private Downloads() {
    }

    /** A file made when the link is followed (in the download request); refused or missing: {@link #notFound}. */
    public static InputStreamDownloadHandler file(SerializableSupplier<DownloadLink.File> file) {
        return DownloadHandler.fromInputStream(event -> {
            DownloadLink.File made;
            try {
                made = file.get();
            } catch (NotFoundException | AccessDeniedException e) {
                return DownloadResponse.error(HttpServletResponse.SC_NOT_FOUND);
            }
            return new DownloadResponse(new ByteArrayInputStream(made.bytes()), made.name(), made.mediaType(),
                    made.bytes().length);
        });
    }

    /**
     * A download written straight to the response (large exports); a refusal or a missing record
     * raised before the first byte is written answers with status 404 and nothing written. Headers
     * the handler set before its service call (the file name) stay, the same for a refused record
     * and a missing one. (No response reset: it would drop the security headers set on every response.)
     */
    public static DownloadHandler streamed(DownloadHandler handler) {
        return event -> {
            try {
                handler.handleDownloadRequest(event);
            } catch (NotFoundException | AccessDeniedException e) {
                notFound(event);
            }
        };
    }

    /** The one answer for a missing or refused file. */
    static void notFound(DownloadEvent event) {
        event.getResponse().setStatus(HttpServletResponse.SC_NOT_FOUND);
    }
}
