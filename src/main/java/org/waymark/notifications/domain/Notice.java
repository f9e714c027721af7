package org.waymark.notifications.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;

/**
 * One notice to one user. The text is kept as an i18n key with arguments, not as words, so a
 * Welsh reader sees it in Welsh whatever language the sender used. An argument that is itself an
 * i18n key is marked with {@link #key(String)} and translated when shown, e.g. a plan type.
 */
public class Notice {

    private static final String KEY_MARK = "#";
    private static final String SEPARATOR = "\u001F";
    private static final String PHRASE_SEPARATOR = "\u001E";

    @Id
    private @Nullable Long id;
    private final String recipient;
    private final String messageKey;
    private final String arguments;
    private final String link;
    private final Instant createdAt;
    private @Nullable Instant readAt;

    @PersistenceCreator
    Notice(@Nullable Long id, String recipient, String messageKey, String arguments, String link, Instant createdAt,
           @Nullable Instant readAt) {
        this.id = id;
        this.recipient = recipient;
        this.messageKey = messageKey;
        this.arguments = arguments;
        this.link = link;
        this.createdAt = createdAt;
        this.readAt = readAt;
    }

    public static Notice to(String recipient, String link, Instant now, String messageKey, Object... arguments) {
        String joined = Arrays.stream(arguments).map(String::valueOf)
                .map(a -> a.replace(SEPARATOR, " ")).collect(Collectors.joining(SEPARATOR));
        return new Notice(null, recipient, messageKey, joined, link, now, null);
    }

    /** An argument that is itself an i18n key, to be shown in the reader's language. */
    public static String key(String i18nKey) {
        return KEY_MARK + i18nKey;
    }

    /**
     * An argument that is a short message of its own, shown in the reader's language: an i18n key
     * with its arguments, each plain text or a {@link #key(String)} (e.g. a level's name and an
     * amount: "HLN 1 (high level needs), £10,987.00").
     */
    public static String phrase(String i18nKey, String... arguments) {
        return KEY_MARK + i18nKey + Arrays.stream(arguments).map(a -> PHRASE_SEPARATOR + a.replace(PHRASE_SEPARATOR, " "))
                .collect(Collectors.joining());
    }

    /** A message key with its own arguments, as an argument carries it (see {@link #phrase}). */
    public record Phrase(String key, List<String> arguments) {
    }

    /** The key (and the arguments of a {@link #phrase}) an argument stands for, if it is a key. */
    public static java.util.Optional<Phrase> phraseOf(String argument) {
        if (!argument.startsWith(KEY_MARK)) {
            return java.util.Optional.empty();
        }
        List<String> parts = List.of(argument.substring(1).split(PHRASE_SEPARATOR, -1));
        return java.util.Optional.of(new Phrase(parts.getFirst(), parts.subList(1, parts.size())));
    }

    /** The i18n key an argument stands for, if it is one. */
    public static java.util.Optional<String> keyOf(String argument) {
        return phraseOf(argument).map(Phrase::key);
    }

    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public List<String> argumentList() {
        return arguments.isEmpty() ? List.of() : List.of(arguments.split(SEPARATOR, -1));
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getReadAt() {
        return readAt;
    }

    public boolean isUnread() {
        return readAt == null;
    }
}
