package org.waymark.plans.domain;

import tools.jackson.databind.json.JsonMapper;

/** Plan content to and from the JSON document stored with each version. */
public final class PlanContentCodec {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PlanContentCodec() {
    }

    public static String encode(PlanContent content) {
        return JSON.writeValueAsString(content);
    }

    public static PlanContent decode(String json) {
        return JSON.readValue(json, PlanContent.class);
    }
}
