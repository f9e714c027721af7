package org.waymark.organisation.domain;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * The reference list of UK local authorities (issue 20 point 6): every English authority with its
 * DfE LA code, the 22 Welsh authorities with their Welsh names, the 32 Scottish councils and
 * Northern Ireland's Education Authority. Shipped as {@code reference/uk-local-authorities.csv}
 * (documented in its header and DD013) and held in memory: read once, never changed by the app.
 * <p>
 * {@link #match(String)} turns a name typed before the list existed into an authority: exact
 * code, or the English/Welsh name compared without case, accents, punctuation, "&amp;"/"and" and
 * the words around a council's name ("council", "city of", "borough", "county", "cyngor"…). A
 * reduced name two authorities share matches neither.
 */
public final class UkAuthorities {

    public static final String RESOURCE = "/reference/uk-local-authorities.csv";

    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Words that surround an authority's name when typed by hand, dropped before comparing. */
    private static final List<String> NOISE = List.of("the", "london", "borough", "of", "royal", "metropolitan",
            "city", "county", "district", "council", "councils", "unitary", "authority", "la", "and", "cyngor",
            "sir", "a", "dinas", "bwrdeistref", "sirol", "comhairle", "nan");

    private static final UkAuthorities INSTANCE = load();

    private final Map<String, UkAuthority> byCode;
    private final Map<String, UkAuthority> byName;

    private UkAuthorities(List<UkAuthority> all) {
        Map<String, UkAuthority> codes = new LinkedHashMap<>();
        Map<String, UkAuthority> names = new LinkedHashMap<>();
        java.util.Set<String> ambiguous = new java.util.HashSet<>();
        for (UkAuthority a : all) {
            if (codes.put(a.code(), a) != null) {
                throw new IllegalStateException("Authority code listed twice: " + a.code());
            }
            for (String name : a.nameCy() == null ? List.of(a.name()) : List.of(a.name(), a.nameCy())) {
                UkAuthority before = names.putIfAbsent(key(name), a);
                if (before != null && !before.code().equals(a.code())) {
                    ambiguous.add(key(name));
                }
            }
        }
        ambiguous.forEach(names::remove);
        this.byCode = Collections.unmodifiableMap(codes);
        this.byName = Collections.unmodifiableMap(names);
    }

    /** The list, as shipped. */
    public static UkAuthorities list() {
        return INSTANCE;
    }

    /** Every authority, in the file's order (England by LA code, Wales, Scotland, Northern Ireland). */
    public List<UkAuthority> all() {
        return List.copyOf(byCode.values());
    }

    public Optional<UkAuthority> byCode(@Nullable String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    /** Whether a stored value is a code from the list. */
    public boolean isCode(@Nullable String code) {
        return byCode(code).isPresent();
    }

    /** The name to show for a stored code; the code itself if the list does not hold it. */
    public String displayName(String code, String language) {
        return byCode(code).map(a -> a.displayName(language)).orElse(code);
    }

    /** The authority a typed name (or code) means, when it means exactly one. */
    public Optional<UkAuthority> match(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        Optional<UkAuthority> code = byCode(typed);
        if (code.isPresent()) {
            return code;
        }
        String key = key(typed);
        return key.isEmpty() ? Optional.empty() : Optional.ofNullable(byName.get(key));
    }

    /** A typed name reduced for comparison: lower case, no accents or punctuation, no council words. */
    public static String key(String name) {
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT).replace("&", " and ").replace("saint ", "st ");
        List<String> all = new ArrayList<>();
        for (String word : NOT_WORD.split(plain)) {
            if (!word.isEmpty()) {
                all.add(word);
            }
        }
        List<String> words = all.stream().filter(w -> !NOISE.contains(w)).toList();
        // "City of London" is nothing but council words: then all of them count
        return String.join(" ", words.isEmpty() ? all : words);
    }

    private static UkAuthorities load() {
        try (Reader in = new InputStreamReader(Objects.requireNonNull(UkAuthorities.class.getResourceAsStream(RESOURCE),
                RESOURCE), StandardCharsets.UTF_8)) {
            List<UkAuthority> all = new ArrayList<>();
            for (CSVRecord r : CSVFormat.RFC4180.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                    .setIgnoreSurroundingSpaces(true).get().parse(in)) {
                String nameCy = r.get("name_cy");
                all.add(new UkAuthority(r.get("code"), UkAuthority.Country.valueOf(r.get("nation")), r.get("name"),
                        nameCy == null || nameCy.isBlank() ? null : nameCy));
            }
            return new UkAuthorities(all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
