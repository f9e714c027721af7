package org.waymark.bids.domain;

/** The column the school judged the best fit for one key theme, with its evidence. */
public record ThemeChoice(String areaCode, String themeCode, String levelCode, String evidence) {
}
