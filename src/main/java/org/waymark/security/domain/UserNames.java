package org.waymark.security.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Display names of accounts looked up by login name, many at once (one query per 500 names). */
@Component
public class UserNames {

    private static final int CHUNK = 500;

    private final JdbcClient jdbc;

    UserNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, String> displayNames(Collection<String> usernames) {
        List<String> distinct = usernames.stream().filter(u -> u != null && !u.isBlank()).distinct().toList();
        Map<String, String> names = new HashMap<>();
        for (int from = 0; from < distinct.size(); from += CHUNK) {
            List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + CHUNK));
            jdbc.sql("SELECT username, display_name FROM app_user WHERE username IN (:usernames)")
                    .param("usernames", chunk)
                    .query((rs, n) -> Map.entry(rs.getString("username"), rs.getString("display_name")))
                    .list().forEach(e -> names.put(e.getKey(), e.getValue()));
        }
        return names;
    }
}
