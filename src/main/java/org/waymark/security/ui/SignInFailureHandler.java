package org.waymark.security.ui;

import java.io.IOException;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.waymark.security.service.SignInBusyException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Where a sign-in that did not succeed goes back to. A refused sign-in goes to {@code /login?error},
 * one message for every cause (DD012). A sign-in the node turned away unchecked because it was
 * checking as many as it takes ({@link SignInBusyException}, issue 23 point 2) goes to
 * {@code /login?busy}, which asks the person to try again in a moment and fills in the name they
 * typed, so only the password is typed again (the password is never kept).
 */
public final class SignInFailureHandler implements AuthenticationFailureHandler {

    /** The session attribute holding the name typed into a sign-in that was turned away. */
    static final String BUSY_USERNAME = SignInFailureHandler.class.getName() + ".busyUsername";

    /** Longer names are not a username of the portal's: not kept. */
    private static final int MAX_KEPT = 100;

    private final AuthenticationFailureHandler refused = new SimpleUrlAuthenticationFailureHandler("/login?error");
    private final RedirectStrategy redirect = new DefaultRedirectStrategy();

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException, ServletException {
        if (!(exception instanceof SignInBusyException)) {
            refused.onAuthenticationFailure(request, response, exception);
            return;
        }
        String username = request.getParameter("username");
        if (username != null && !username.isBlank() && username.length() <= MAX_KEPT) {
            request.getSession().setAttribute(BUSY_USERNAME, username);
        }
        redirect.sendRedirect(request, response, "/login?busy");
    }
}
