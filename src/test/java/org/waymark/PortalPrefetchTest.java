package org.waymark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.internal.MessageDigestUtil;

/**
 * DD021: the files the sign-in page prefetches are the production bundle's entry scripts and what
 * they import at start, with the layout's icon chunk but none of the other lazily loaded chunks.
 * The bundle here is a small one written like Vite's minified output.
 */
class PortalPrefetchTest {

    @TempDir
    Path root;

    private void file(String name, String content) throws IOException {
        Path path = root.resolve("META-INF/VAADIN/webapp").resolve(name);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content, StandardCharsets.UTF_8);
    }

    private ClassLoader bundle() throws IOException {
        return new URLClassLoader(new URL[] {root.toUri().toURL()}, null);
    }

    @Test
    void the_entry_scripts_and_what_they_import_at_start_but_no_lazy_chunk_of_a_component_not_on_every_page()
            throws IOException {
        String iconKey = MessageDigestUtil.sha256Hex(Icon.class.getName().getBytes(StandardCharsets.UTF_8));
        file("index.html", """
                <script type="module" crossorigin src="VAADIN/build/indexhtml-AAAAAAAA.js"></script>
                <link rel="modulepreload" crossorigin href="VAADIN/build/generated-BBBBBBBB.js">
                """);
        file("VAADIN/build/indexhtml-AAAAAAAA.js", "import{a as e}from\"./generated-BBBBBBBB.js\";e()");
        file("VAADIN/build/generated-BBBBBBBB.js", "import\"./runtime-CCCCCCCC.js\";"
                + "const f=()=>import(`./FlowClient-DDDDDDDD.js`),g=()=>import(`./generated-flow-imports-EEEEEEEE.js`);"
                + "import(e.module)");
        file("VAADIN/build/runtime-CCCCCCCC.js", "export{}");
        file("VAADIN/build/FlowClient-DDDDDDDD.js", "import{x}from\"./runtime-CCCCCCCC.js\";");
        file("VAADIN/build/generated-flow-imports-EEEEEEEE.js",
                "e===`" + iconKey + "`&&t.push(r(()=>import(`./chunk-1111-FFFFFFFF.js`),__vite__mapDeps([3])));"
                        + "e===`0123456789abcdef`&&t.push(r(()=>import(`./chunk-2222-GGGGGGGG.js`),__vite__mapDeps([4])));");
        file("VAADIN/build/chunk-1111-FFFFFFFF.js", "import{n}from\"./vaadin-iconset-HHHHHHHH.js\";");
        file("VAADIN/build/vaadin-iconset-HHHHHHHH.js", "export{}");
        file("VAADIN/build/chunk-2222-GGGGGGGG.js", "import{n}from\"./vaadin-chart-IIIIIIII.js\";");
        file("VAADIN/build/vaadin-chart-IIIIIIII.js", "export{}");

        assertThat(PortalPrefetch.buildFiles(bundle(), PortalPrefetch.EVERY_PAGE)).containsExactly(
                "VAADIN/build/indexhtml-AAAAAAAA.js", "VAADIN/build/generated-BBBBBBBB.js",
                "VAADIN/build/runtime-CCCCCCCC.js", "VAADIN/build/FlowClient-DDDDDDDD.js",
                "VAADIN/build/generated-flow-imports-EEEEEEEE.js", "VAADIN/build/chunk-1111-FFFFFFFF.js",
                "VAADIN/build/vaadin-iconset-HHHHHHHH.js");
        // without the layout's components, no chunk at all
        assertThat(PortalPrefetch.buildFiles(bundle(), List.of())).doesNotContain(
                "VAADIN/build/chunk-1111-FFFFFFFF.js", "VAADIN/build/vaadin-iconset-HHHHHHHH.js");
    }

    @Test
    void nothing_without_a_production_bundle() throws IOException {
        assertThat(PortalPrefetch.buildFiles(bundle(), PortalPrefetch.EVERY_PAGE)).isEmpty();
    }
}
