package org.waymark.descriptors.domain;

import org.jspecify.annotations.Nullable;

/**
 * A document a bid must attach: for an area or a key theme (or any), at a level column (or any;
 * "HLN" stands for every HLN column), of an attachment kind, with the message the school sees.
 */
public record EvidenceRule(@Nullable String areaCode, @Nullable String themeCode, @Nullable String levelCode,
                           String attachmentKind, String message) {
}
