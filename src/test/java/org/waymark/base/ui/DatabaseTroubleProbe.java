package org.waymark.base.ui;

/** Lets tests outside base.ui ask whether an error is one DatabaseTrouble shows as "database unavailable". */
public final class DatabaseTroubleProbe {

    private DatabaseTroubleProbe() {
    }

    public static boolean unavailable(Throwable error) {
        return DatabaseTrouble.isDatabaseUnavailable(error);
    }
}
