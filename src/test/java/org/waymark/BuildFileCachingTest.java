package org.waymark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;

/** Issue 23 / DD019: the bundle's hashed files are cached a year, immutable; nothing else changes. */
class BuildFileCachingTest {

    private static MockHttpServletResponse serve(String path, int status, String cacheControl) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        // what Vaadin's static file server does: a status, then its cache header
        FilterChain vaadin = (req, res) -> {
            ((HttpServletResponse) res).setStatus(status);
            ((HttpServletResponse) res).setHeader("Cache-Control", cacheControl);
        };
        new BuildFileCaching().doFilter(request, response, vaadin);
        return response;
    }

    @Test
    void a_hashed_build_file_is_cached_a_year_and_immutable() throws Exception {
        assertThat(serve("/VAADIN/build/generated-flow-imports-BhTNvYR5.js", 200, "max-age=3600").getHeader("Cache-Control"))
                .isEqualTo("public, max-age=31536000, immutable");
        assertThat(serve("/VAADIN/build/chunk-7e3dc433ae45-CL-aF_gI.js", 200, "max-age=3600").getHeader("Cache-Control"))
                .isEqualTo("public, max-age=31536000, immutable");
    }

    @Test
    void files_without_a_hash_errors_and_uncached_answers_keep_vaadins_header() throws Exception {
        assertThat(serve("/VAADIN/build/sw.js", 200, "max-age=3600").getHeader("Cache-Control")).isEqualTo("max-age=3600");
        assertThat(serve("/themes/waymark/styles.css", 200, "max-age=3600").getHeader("Cache-Control"))
                .isEqualTo("max-age=3600");
        assertThat(serve("/VAADIN/build/generated-flow-imports-BhTNvYR5.js", 404, "max-age=3600").getHeader("Cache-Control"))
                .isEqualTo("max-age=3600");
        assertThat(serve("/VAADIN/build/generated-flow-imports-BhTNvYR5.js", 200, "max-age=0, must-revalidate")
                .getHeader("Cache-Control")).isEqualTo("max-age=0, must-revalidate");
    }
}
