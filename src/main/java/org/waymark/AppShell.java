package org.waymark;

import java.util.Map;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The HTML shell: Lumo plus the portal's own stylesheet from themes/, the web manifest, icons
 * and print stylesheet from frontend/assets/. All are plain static files: no Node.js build.
 * There is no {@code @Push} here: server push is on only while a page that needs it is shown
 * ({@link org.waymark.base.ui.ServerPush}, DD027).
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("themes/waymark/styles.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Waymark");
        settings.addFavIcon("icon", "assets/icons/waymark.svg", "any");
        settings.addLink("manifest", "assets/manifest.webmanifest");
        settings.addLink("assets/styles/print.css", Map.of("rel", "stylesheet", "media", "print"));
        settings.addMetaTag("theme-color", "#1d4f73");
    }
}
