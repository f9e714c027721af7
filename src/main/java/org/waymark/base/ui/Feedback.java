package org.waymark.base.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.waymark.base.domain.ConflictException;
import org.waymark.base.domain.ValidationException;
import org.waymark.base.domain.Violation;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * How every screen tells people what their action did, and never contradicts itself.
 * <ul>
 * <li>On success the old field errors and old error notices go, and a success message says what
 * happened (in the words the caller gives).</li>
 * <li>On broken rules ({@link ValidationException}) each message is shown beside its field when the
 * screen registered that field, the rest in one error notice (or, when all are beside fields, a
 * notice that nothing was saved); any success message still showing goes, and none is shown.</li>
 * <li>On a conflict (someone else changed it first) the conflict is announced and the screen
 * redrawn with what is stored now.</li>
 * </ul>
 * A screen makes one {@code Feedback}, registers the fields a rule may name, and runs each change
 * through it.
 */
public final class Feedback {

    /** The notices this helper opened in one UI, so the next outcome can close those it replaces. */
    private static final class Notices {
        private final List<Notification> errors = new ArrayList<>();
        private final List<Notification> successes = new ArrayList<>();
    }

    public static final int SUCCESS_MILLIS = 4000;
    public static final int ERROR_MILLIS = 8000;

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final List<Function<String, @Nullable HasValidation>> lookups = new ArrayList<>();
    private final List<Placer> placers = new ArrayList<>();
    private final List<HasValidation> marked = new ArrayList<>();
    private String refusedKey = "feedback.refused";
    private @Nullable String conflictKey;
    private @Nullable Runnable onConflict;
    private final List<Component> limited = new ArrayList<>();

    /** Places some messages a screen shows in its own way (e.g. beside a row); clears them again. */
    private record Placer(Predicate<Violation> place, Runnable clear) {
    }

    /** Registers the field a rule names {@code name}. A later field with the same name replaces it. */
    public Feedback field(String name, HasValidation field) {
        fields.put(name, field);
        return this;
    }

    /** Finds fields by name when the screen builds them as it goes (rows of a list, themes). */
    public Feedback fields(Function<String, @Nullable HasValidation> lookup) {
        lookups.add(lookup);
        return this;
    }

    /**
     * A screen's own way of showing some messages: {@code place} shows one and answers whether it
     * did; {@code clear} removes all it showed.
     */
    public Feedback placer(Predicate<Violation> place, Runnable clear) {
        placers.add(new Placer(place, clear));
        return this;
    }

    /**
     * Messages on the rows of a list ({@code prefix.N}, e.g. {@code outcomes.2}) are shown beside
     * row N of {@code rows} (a supplier, as screens rebuild their lists).
     */
    public Feedback rows(String prefix, Supplier<@Nullable RowList<?, ?>> rows) {
        Map<Integer, String> shown = new LinkedHashMap<>();
        return placer(v -> {
            RowList<?, ?> list = rows.get();
            if (list == null || !v.field().startsWith(prefix + ".")) {
                return false;
            }
            try {
                int index = Integer.parseInt(v.field().substring(prefix.length() + 1));
                shown.merge(index, ViolationNotice.message(v), (x, y) -> x.contains(y) ? x : x + " " + y);
            } catch (NumberFormatException e) {
                return false;
            }
            list.showErrors(shown);
            return true;
        }, () -> {
            shown.clear();
            RowList<?, ?> list = rows.get();
            if (list != null) {
                list.showErrors(Map.of());
            }
        });
    }

    /**
     * Refuses to run a change while a field under {@code root} is over its {@link TextLimit}: the
     * fields are marked and one notice says so; nothing is sent to the service. Without this, the
     * whole page shown is checked.
     */
    public Feedback limits(Component root) {
        limited.add(root);
        return this;
    }

    /** What the notice says when every message is shown beside its field (default: nothing was saved). */
    public Feedback refusedText(String messageKey) {
        this.refusedKey = messageKey;
        return this;
    }

    /** On a conflict: say {@code messageKey} and redraw with what is stored now. */
    public Feedback onConflict(String messageKey, Runnable redraw) {
        this.conflictKey = messageKey;
        this.onConflict = redraw;
        return this;
    }

    /** On a conflict: the screen shows it its own way (e.g. a banner with a reload button). */
    public Feedback onConflict(Runnable show) {
        this.conflictKey = null;
        this.onConflict = show;
        return this;
    }

    /**
     * Runs a change. On success: old errors cleared, {@code doneKey} (with its arguments) said
     * as a success; answers whether it succeeded. A {@code null} key says nothing (the screen
     * shows the outcome itself).
     */
    public boolean run(Runnable change, @Nullable String doneKey, Object... doneArguments) {
        return call(() -> {
            change.run();
            return Boolean.TRUE;
        }, ignored -> doneKey == null ? null : I18NProvider.translate(doneKey, doneArguments)).isPresent();
    }

    /**
     * Runs a change that answers something; {@code doneText} turns the answer into the success
     * message (already translated; {@code null} for none). Empty when it was refused.
     */
    public <T> Optional<T> call(Supplier<T> change, Function<T, @Nullable String> doneText) {
        int over = limitedRoots().stream().mapToInt(root -> TextLimit.overIn(root).size()).sum();
        if (over > 0) {
            refused(I18NProvider.translate("text.limit.refused", over));
            return Optional.empty();
        }
        try {
            T result = change.get();
            clearErrors();
            String text = doneText.apply(result);
            if (text != null) {
                success(text);
            }
            return Optional.of(result);
        } catch (ValidationException e) {
            refused(e.violations());
            return Optional.empty();
        } catch (ConflictException e) {
            conflict();
            return Optional.empty();
        }
    }

    private List<Component> limitedRoots() {
        if (!limited.isEmpty()) {
            return limited;
        }
        UI ui = UI.getCurrent();
        try {
            return ui == null ? List.of() : List.of(ui.getCurrentView());
        } catch (IllegalStateException notNavigatedYet) {
            return List.of();
        }
    }

    /** Broken rules: each beside its field where the screen has it, the rest in one notice; no success. */
    public void refused(List<Violation> violations) {
        clearFields();
        List<Violation> unplaced = new ArrayList<>();
        for (Violation v : violations) {
            if (!place(v)) {
                unplaced.add(v);
            }
        }
        // one notice: what could not be shown beside a field, or else that nothing was saved
        error(unplaced.isEmpty() ? I18NProvider.translate(refusedKey) : ViolationNotice.text(unplaced));
    }

    /** A refusal the screen found itself (e.g. the form's own checks): said as an error, no success. */
    public void refused(String text) {
        closeAll(notices().successes);
        error(text);
    }

    /** Someone else changed it first: the screen's own conflict display, or the message and a redraw. */
    public void conflict() {
        closeAll(notices().successes);
        if (conflictKey != null) {
            error(I18NProvider.translate(conflictKey));
        } else if (onConflict == null) {
            error(I18NProvider.translate("feedback.conflict"));
        }
        if (onConflict != null) {
            onConflict.run();
        }
    }

    /** Clears the messages beside fields and any error notice still showing. */
    public void clearErrors() {
        clearFields();
        closeAll(notices().errors);
    }

    private void clearFields() {
        marked.forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
        marked.clear();
        fields.values().forEach(f -> f.setInvalid(false));
        placers.forEach(p -> p.clear().run());
    }

    private boolean place(Violation v) {
        HasValidation field = fields.get(v.field());
        for (int i = 0; field == null && i < lookups.size(); i++) {
            field = lookups.get(i).apply(v.field());
        }
        if (field != null) {
            String message = ViolationNotice.message(v);
            String shown = marked.contains(field) && field.getErrorMessage() != null
                    && !field.getErrorMessage().contains(message) ? field.getErrorMessage() + " " + message : message;
            field.setErrorMessage(shown);
            field.setInvalid(true);
            if (!marked.contains(field)) {
                marked.add(field);
            }
            return true;
        }
        for (Placer p : placers) {
            if (p.place().test(v)) {
                return true;
            }
        }
        return false;
    }

    /** A success message (already translated); closes the error notices it follows. */
    public static void success(String text) {
        Notices n = notices();
        closeAll(n.errors);
        closeAll(n.successes);
        Notification notification = Notification.show(text, SUCCESS_MILLIS, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        n.successes.add(notification);
    }

    /** An error notice (already translated); replaces any error or success notice still showing. */
    public static void error(String text) {
        Notices n = notices();
        closeAll(n.successes);
        closeAll(n.errors);
        Notification notification = Notification.show(text, ERROR_MILLIS, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.getElement().setAttribute("role", "alert");
        n.errors.add(notification);
    }

    /** A note that is neither success nor error (e.g. warnings after a success), kept until it times out. */
    public static void note(String text) {
        Notification notification = Notification.show(text, ERROR_MILLIS, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_WARNING);
    }

    private static void closeAll(List<Notification> list) {
        list.forEach(Notification::close);
        list.clear();
    }

    private static Notices notices() {
        UI ui = UI.getCurrent();
        Notices n = ComponentUtil.getData(ui, Notices.class);
        if (n == null) {
            n = new Notices();
            ComponentUtil.setData(ui, Notices.class, n);
        }
        return n;
    }
}
