package org.waymark.security.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;
import org.waymark.PortalPrefetch;
import org.waymark.base.ui.LanguageSwitch;
import org.waymark.base.ui.Translations;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The sign-in page as plain HTML (issue 23, DD019): a phone on a slow line gets a few kilobytes
 * instead of the portal's script bundle, which the portal's pages load after sign-in. It keeps what
 * the Vaadin sign-in view did (DD012): Spring Security's form login (fields {@code username},
 * {@code password}, the CSRF token); every failed sign-in gets the same message, so a wrong name, a
 * wrong password, a locked or disabled account and a throttled address look alike (ASVS 6.3.8);
 * sign-in through the authority's identity provider when one is configured; the link to the reset
 * code page; English and Welsh, the other language one link away. The language chosen here is kept
 * in the session ({@link LanguageSwitch#SESSION_LANGUAGE}) for the pages before sign-in (two-step,
 * reset); after sign-in the account's own language applies. The second step of a sign-in stays the
 * two-step page ({@link TwoStepView}).
 */
@Controller
class SignInPage {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\{?)([A-Za-z0-9._]+)}}}?");

    /** What a prefetched file's address may contain (the bundle's own file names): nothing to escape in a script. */
    private static final Pattern SAFE_HREF = Pattern.compile("[A-Za-z0-9._/?=-]+");

    private final MessageSource messages;
    private final ObjectProvider<ClientRegistrationRepository> identityProviders;
    private final PortalPrefetch prefetch;
    private final String template;

    SignInPage(MessageSource messages, ObjectProvider<ClientRegistrationRepository> identityProviders,
               PortalPrefetch prefetch) {
        this.messages = messages;
        this.identityProviders = identityProviders;
        this.prefetch = prefetch;
        try (InputStream in = SignInPage.class.getResourceAsStream("/security/sign-in.html")) {
            if (in == null) {
                throw new IllegalStateException("security/sign-in.html is missing");
            }
            this.template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/login")
    ResponseEntity<String> page(HttpServletRequest request, @RequestParam(name = "lang", required = false) @Nullable String lang,
                                @RequestParam(name = "error", required = false) @Nullable String error,
                                @RequestParam(name = "busy", required = false) @Nullable String busy) {
        Locale locale = language(request, lang);
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        boolean failed = error != null;
        boolean turnedAway = busy != null && !failed;
        boolean alert = failed || turnedAway;
        String keptName = turnedAway ? keptUsername(request) : "";
        StringBuilder providers = new StringBuilder();
        if (identityProviders.getIfAvailable() instanceof Iterable<?> registrations) {
            for (Object registration : registrations) {
                if (registration instanceof ClientRegistration r) {
                    providers.append("<a class=\"wm-login-link wm-login-provider\" href=\"oauth2/authorization/")
                            .append(escape(r.getRegistrationId())).append("\">")
                            .append(escape(text("login.provider", locale, r.getClientName()))).append("</a>\n");
                }
            }
        }
        String errorBlock = alert
                ? "<div class=\"wm-login-error\" id=\"login-error\" role=\"alert\"><p class=\"wm-login-error-title\">"
                        + escape(text(turnedAway ? "login.busy.title" : "login.error.title", locale)) + "</p><p>"
                        + escape(text(turnedAway ? "login.busy.message" : "login.error.message", locale))
                        + "</p></div>"
                : "";
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder html = new StringBuilder(template.length() + 2048);
        while (m.find()) {
            boolean raw = !m.group(1).isEmpty();
            String name = m.group(2);
            String value = switch (name) {
                case "lang" -> locale.getLanguage();
                case "otherLang" -> Translations.WELSH.getLanguage().equals(locale.getLanguage()) ? "en" : "cy";
                case "csrf" -> csrf == null ? "" : csrf.getToken();
                case "csrfParameter" -> csrf == null ? "_csrf" : csrf.getParameterName();
                case "error" -> errorBlock;
                case "describedBy" -> alert ? "login-error " : "";
                case "autofocus" -> alert && keptName.isEmpty() ? " autofocus" : "";
                case "username" -> keptName;
                case "passwordAutofocus" -> turnedAway && !keptName.isEmpty() ? " autofocus" : "";
                case "providers" -> providers.toString();
                case "prefetch" -> prefetchList();
                default -> text(name, locale);
            };
            m.appendReplacement(html, Matcher.quoteReplacement(raw ? value : escape(value)));
        }
        m.appendTail(html);
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                // the page carries the session's CSRF token: never kept by the browser or a proxy
                .cacheControl(CacheControl.noStore())
                .header("Content-Language", locale.getLanguage())
                .body(html.toString());
    }

    /** The name typed into a sign-in the node turned away ({@link SignInFailureHandler}), once. */
    private static String keptUsername(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SignInFailureHandler.BUSY_USERNAME) instanceof String name)) {
            return "";
        }
        session.removeAttribute(SignInFailureHandler.BUSY_USERNAME);
        return name;
    }

    /** The portal's first files as a script's array of {@code [href, as, cors]} (DD021). */
    private String prefetchList() {
        StringBuilder list = new StringBuilder("[");
        for (PortalPrefetch.File file : prefetch.files()) {
            if (SAFE_HREF.matcher(file.href()).matches()) {
                list.append(list.length() > 1 ? "," : "").append("[\"").append(file.href()).append("\",\"")
                        .append(file.as()).append("\",").append(file.cors()).append(']');
            }
        }
        return list.append(']').toString();
    }

    /** The language asked for by the link (kept in the session), else the one kept, else the browser's. */
    private static Locale language(HttpServletRequest request, @Nullable String lang) {
        if (lang != null && (lang.equals("en") || lang.equals("cy"))) {
            Locale chosen = Translations.supported(Locale.forLanguageTag(lang));
            request.getSession().setAttribute(LanguageSwitch.SESSION_LANGUAGE, chosen);
            return chosen;
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(LanguageSwitch.SESSION_LANGUAGE) instanceof Locale kept) {
            return kept;
        }
        return Translations.supported(request.getLocale());
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, locale);
    }

    private static String escape(String value) {
        return HtmlUtils.htmlEscape(value, StandardCharsets.UTF_8.name());
    }
}
