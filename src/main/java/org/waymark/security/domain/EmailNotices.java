package org.waymark.security.domain;

/**
 * How a person wants their notifications by e-mail, chosen on their own notifications page:
 * one mail for each notice, one daily digest, or none. Kept on the account.
 */
public enum EmailNotices {
    EACH,
    DIGEST,
    NONE
}
