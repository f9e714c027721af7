package org.waymark.attachments.domain;

import java.text.Normalizer;

/**
 * The name a file is offered under when downloaded: the sender's name with anything that could
 * break a header or a path removed, and the extension of the type the content really is.
 */
public final class SafeFileName {

    static final int MAX_LENGTH = 100;

    private SafeFileName() {
    }

    public static String of(String sentName, FileType type) {
        String base = sentName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        // letters of any language (Welsh ŵ, ŷ …), digits, space, dot, dash and underscore only
        base = Normalizer.normalize(base, Normalizer.Form.NFC).replaceAll("[^\\p{L}\\p{N} ._-]", "_")
                .replaceAll("_{2,}", "_").replaceAll("^[ ._-]+", "").strip();
        if (base.length() > MAX_LENGTH) {
            base = base.substring(0, MAX_LENGTH).strip();
        }
        if (base.isEmpty()) {
            base = "attachment";
        }
        return base + "." + type.extension();
    }
}
