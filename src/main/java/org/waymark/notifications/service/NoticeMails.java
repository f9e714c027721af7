package org.waymark.notifications.service;

import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;
import org.waymark.notifications.domain.OutboxMail;

/**
 * What a notification e-mail says, in the recipient's language from the same bundles as the
 * in-app notice. Built only from an outbox row: what changed (a text of its own per notice key,
 * {@code mail.what.<key>}, taking no arguments), the child's first name and the link to the
 * portal page. The notice's own text and arguments are never used, so a surname, a reason or a
 * comment in a notice cannot reach a mail.
 */
@Component
class NoticeMails {

    /** A composed mail: its subject and plain-text body. */
    record Composed(String subject, String body) {
    }

    private final MessageSource messages;
    private final String baseUrl;

    NoticeMails(MessageSource messages, @Value("${waymark.mail.base-url:http://localhost:8080}") String baseUrl) {
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** One notice on its own. */
    Composed single(OutboxMail mail, Locale locale) {
        String what = what(mail, locale);
        String child = mail.getChildName();
        String subject = child == null ? text("mail.subject", locale, what)
                : text("mail.subject.child", locale, what, child);
        String news = child == null ? text("mail.body.news", locale, what)
                : text("mail.body.newsChild", locale, what, child);
        String body = text("mail.body.greeting", locale) + "\n\n" + news + "\n\n"
                + text("mail.body.open", locale, url(mail.getLink())) + "\n\n" + footer(locale);
        return new Composed(subject, body);
    }

    /** The day's notices in one mail, oldest first. */
    Composed digest(List<OutboxMail> mails, Locale locale) {
        StringBuilder body = new StringBuilder(text("mail.body.greeting", locale)).append("\n\n")
                .append(text("mail.digest.intro", locale, mails.size())).append("\n\n");
        for (OutboxMail mail : mails) {
            String what = what(mail, locale);
            String line = mail.getChildName() == null ? text("mail.digest.line", locale, what, url(mail.getLink()))
                    : text("mail.digest.lineChild", locale, what, mail.getChildName(), url(mail.getLink()));
            body.append("- ").append(line).append('\n');
        }
        body.append('\n').append(footer(locale));
        return new Composed(text("mail.digest.subject", locale, mails.size()), body.toString());
    }

    private String footer(Locale locale) {
        return text("mail.body.privacy", locale) + "\n" + text("mail.body.settings", locale, url("notifications"));
    }

    /** What changed, in words of its own per notice key; a key without one reads "something has changed". */
    private String what(OutboxMail mail, Locale locale) {
        try {
            return messages.getMessage("mail.what." + mail.getMessageKey(), null, locale);
        } catch (NoSuchMessageException e) {
            return text("mail.what.other", locale);
        }
    }

    String url(String link) {
        return baseUrl + "/" + (link.startsWith("/") ? link.substring(1) : link);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
