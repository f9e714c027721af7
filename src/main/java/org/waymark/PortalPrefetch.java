package org.waymark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.internal.MessageDigestUtil;
import com.vaadin.flow.internal.ResourceContentHash;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * The files every portal page loads before it can show anything, for the plain sign-in page to
 * prefetch while a person types (issue 23, DD021): on a phone's slow line the first page after
 * sign-in otherwise waits for about 480 KB of scripts and stylesheets that the sign-in page could
 * have fetched in the seconds spent typing.
 * <p>
 * Worked out once when Vaadin's service starts, from the production bundle itself: the entry
 * scripts of the bundle's {@code index.html} and, transitively, every file they import statically
 * or by a fixed dynamic import (Flow's bootstrap and client), except the bundle's lazily loaded
 * component chunks ({@code chunk-*.js}), which a page loads only when it shows their components;
 * the application shell's stylesheets under the content-hashed address Vaadin gives them
 * ({@code ?v-c=}). The push script is not among them: only the meeting pages load it (DD027). All are
 * files the browser may keep
 * (a year for the hashed ones, {@link BuildFileCaching}), so the page after sign-in finds them in
 * its cache. In development mode (no production bundle) the list is empty.
 */
@Component
public class PortalPrefetch implements VaadinServiceInitListener {

    /**
     * A file to prefetch: its address relative to the context root, its kind for the browser
     * ({@code script} or {@code style}) and whether the page loads it in CORS mode (a module script,
     * {@code crossorigin}), as the prefetch must be made the same way for the cache to serve it.
     */
    public record File(String href, String as, boolean cors) {
    }

    private static final String WEBAPP = "META-INF/VAADIN/webapp/";
    private static final Pattern ENTRY = Pattern.compile("(?:src|href)=\"(VAADIN/build/[^\"]+\\.js)\"");
    /** {@code from"./x.js"}, {@code import"./x.js"} and {@code import(`./x.js`)} in the minified bundle. */
    private static final Pattern IMPORT = Pattern.compile("(?:from|import)\\s*\\(?\\s*[\"'`]\\./([^\"'`/]+\\.js)[\"'`]");

    /**
     * Components the portal's layout shows on every page (the menu's and header's icons): their
     * lazily loaded chunk is prefetched too.
     */
    static final List<Class<?>> EVERY_PAGE = List.of(Icon.class);

    private volatile List<File> files = List.of();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        VaadinService service = event.getSource();
        if (!service.getDeploymentConfiguration().isProductionMode()) {
            return;
        }
        ClassLoader loader = service.getClassLoader();
        List<File> found = new ArrayList<>();
        buildFiles(loader, EVERY_PAGE).forEach(path -> found.add(new File(path, "script", true)));
        for (StyleSheet sheet : AppShell.class.getAnnotationsByType(StyleSheet.class)) {
            String hash = ResourceContentHash.getContentHash(service, sheet.value());
            if (hash != null) {
                found.add(new File(sheet.value() + "?v-c=" + hash, "style", false));
            }
        }
        files = List.copyOf(found);
    }

    /** The files to prefetch, in the order a portal page asks for them; empty in development mode. */
    public List<File> files() {
        return files;
    }

    /**
     * The bundle's entry scripts and what they import at start, as paths relative to the context
     * root ({@code VAADIN/build/generated-DOlmpCq8.js}); empty without a production bundle.
     */
    static Set<String> buildFiles(ClassLoader loader, List<Class<?>> components) {
        String index = read(loader, WEBAPP + "index.html");
        Set<String> seen = new LinkedHashSet<>();
        if (index == null) {
            return seen;
        }
        Deque<String> queue = new ArrayDeque<>();
        Matcher entries = ENTRY.matcher(index);
        while (entries.find()) {
            queue.add(entries.group(1));
        }
        List<Pattern> chunks = components.stream().map(PortalPrefetch::chunkOf).toList();
        while (!queue.isEmpty()) {
            String path = queue.poll();
            if (!seen.add(path)) {
                continue;
            }
            String script = read(loader, WEBAPP + path);
            if (script == null) {
                seen.remove(path);
                continue;
            }
            Matcher imports = IMPORT.matcher(script);
            while (imports.find()) {
                String name = imports.group(1);
                if (!name.startsWith("chunk-")) {
                    queue.add("VAADIN/build/" + name);
                }
            }
            for (Pattern chunk : chunks) {
                Matcher m = chunk.matcher(script);
                if (m.find()) {
                    queue.add("VAADIN/build/" + m.group(1));
                }
            }
        }
        return seen;
    }

    /**
     * Where the bundle loads a component's lazy chunk: Flow asks for it with the SHA-256 of the
     * component's class name ({@code loadOnDemand('<hash>')}) and the bundle maps that key to a
     * {@code chunk-*.js} import.
     */
    private static Pattern chunkOf(Class<?> component) {
        String key = MessageDigestUtil.sha256Hex(component.getName().getBytes(StandardCharsets.UTF_8));
        return Pattern.compile("`" + key + "`[^`]{0,100}import\\(`\\./(chunk-[^`/]+\\.js)`");
    }

    private static @Nullable String read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
