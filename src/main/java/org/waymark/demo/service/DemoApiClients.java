package org.waymark.demo.service;

import org.springframework.stereotype.Component;
import org.waymark.api.service.ApiClientService;
import org.waymark.security.service.AccountService;
import org.waymark.security.service.SystemUser;
import org.waymark.security.service.WaymarkUserDetails;

/**
 * The English demo authority's API clients (issue 22 point 4, DD018), registered through the API
 * clients service as its administrator: a case management system reaching the whole authority,
 * turned on, and the demo SENCO's school's old MIS, turned off. Their keys are published in the
 * README (demo data only: a real client's key is made by the portal and shown once).
 */
@Component
class DemoApiClients {

    /** The key of the enabled demo client "Demo case management system" (README). */
    static final String ENABLED_KEY = "wmk_DEMO-waymark-case-system-key-not-for-real-1";
    /** The key of the disabled demo client "Old school MIS" (README): answered 401. */
    static final String DISABLED_KEY = "wmk_DEMO-waymark-old-school-MIS-key-turned-off0";

    private final ApiClientService clients;
    private final AccountService accounts;
    private final SystemUser systemUser;

    DemoApiClients(ApiClientService clients, AccountService accounts, SystemUser systemUser) {
        this.clients = clients;
        this.accounts = accounts;
        this.systemUser = systemUser;
    }

    /** As the demo administrator {@code admin<suffix>}; {@code schoolId}: the school of the old MIS. */
    void register(String suffix, long schoolId) {
        systemUser.as((WaymarkUserDetails) accounts.loadUserByUsername("admin" + suffix), () -> {
            clients.registerForDemo("Demo case management system", null, 120, ENABLED_KEY, true);
            clients.registerForDemo("Old school MIS", schoolId, 60, DISABLED_KEY, false);
            return null;
        });
    }
}
