package org.waymark.base.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.shared.Registration;

/**
 * Warns before leaving an editor whose changes are not saved — by the menu, a link, a button that
 * navigates, signing out, or (through the browser's own question) reloading or closing the tab.
 * <p>
 * What counts as a change: the value of any field under the editor differs from what it was when
 * the editor last said {@link #saved()} (after drawing what is stored, and after each successful
 * save), or a condition the editor adds with {@link #also}. Fields whose changes are stored at once
 * (a filter, a setting saved on change) are left out with {@link #ignore}.
 */
public final class UnsavedChanges {

    private static final String IGNORE = "wm-unsaved-ignore";
    private static final String SHOWN = "wm-unsaved-shown";
    /** One page-wide handler for the browser's unload question, over every editor on the page. */
    private static final String INSTALL = """
            const root = this;
            if (!window.__wmUnsaved) {
              window.__wmUnsaved = new Set();
              window.addEventListener('beforeunload', e => {
                for (const r of window.__wmUnsaved) {
                  if (!r.isConnected) { window.__wmUnsaved.delete(r); continue; }
                  if (r.__wmDirty) { e.preventDefault(); e.returnValue = ''; return ''; }
                }
              });
            }
            if (!root.__wmWatched) {
              root.__wmWatched = true;
              const mark = () => { root.__wmDirty = true; };
              root.addEventListener('input', mark, true);
              root.addEventListener('change', mark, true);
            }
            root.__wmDirty = false;
            window.__wmUnsaved.add(root);
            """;

    private final Component editor;
    private final List<BooleanSupplier> more = new ArrayList<>();
    private List<@Nullable Object> baseline = List.of();
    private @Nullable Registration leaving;

    private UnsavedChanges(Component editor) {
        this.editor = editor;
    }

    /** Watches the fields under {@code editor} while it is shown. Call {@link #saved()} once it is drawn. */
    public static UnsavedChanges track(Component editor) {
        UnsavedChanges changes = new UnsavedChanges(editor);
        editor.addAttachListener(e -> changes.attach(e.getUI()));
        editor.addDetachListener(e -> changes.detach(e.getUI()));
        editor.getUI().ifPresent(changes::attach);
        return changes;
    }

    /** Also counts as unsaved whatever {@code dirty} says (e.g. edits kept in memory between steps). */
    public UnsavedChanges also(BooleanSupplier dirty) {
        more.add(dirty);
        return this;
    }

    /** Leaves {@code field} (and what it holds) out: its changes are stored at once or are not data. */
    public static <C extends Component> C ignore(C field) {
        ComponentUtil.setData(field, IGNORE, Boolean.TRUE);
        return field;
    }

    /** What is shown now is what is stored (after drawing it, or after saving). */
    public void saved() {
        baseline = snapshot();
        editor.getElement().executeJs("this.__wmDirty = false");
    }

    /**
     * The editor redrew part of itself from what is stored (e.g. a change pushed from another page)
     * and {@code wasChanged} says whether its fields had been changed before: if not, what it shows
     * now is what is stored, so leaving does not ask. A page with something typed still asks. The
     * browser's own flag is left alone (it may hold typing the server has not seen yet).
     */
    public void redrawn(boolean wasChanged) {
        if (!wasChanged) {
            baseline = snapshot();
        }
    }

    /** Whether leaving now would lose something. */
    public boolean dirty() {
        return fieldsChanged() || more.stream().anyMatch(BooleanSupplier::getAsBoolean);
    }

    /** Whether a field was changed since the editor last said {@link #saved()}. */
    public boolean fieldsChanged() {
        return !snapshot().equals(baseline);
    }

    /**
     * Runs {@code action} (e.g. signing out) at once when nothing is unsaved on the page, or after
     * the user agreed to lose the changes.
     */
    public static void confirmThen(UI ui, Runnable action) {
        List<UnsavedChanges> dirty = shown(ui).stream().filter(UnsavedChanges::dirty).toList();
        if (dirty.isEmpty()) {
            action.run();
            return;
        }
        ask(() -> {
            // the browser is not to ask a second time
            dirty.forEach(d -> d.editor.getElement().executeJs("this.__wmDirty = false"));
            action.run();
        });
    }

    private void attach(UI ui) {
        if (leaving == null) {
            leaving = ui.addBeforeLeaveListener(this::beforeLeave);
        }
        shown(ui).add(this);
        editor.getElement().executeJs(INSTALL);
    }

    private void detach(UI ui) {
        if (leaving != null) {
            leaving.remove();
            leaving = null;
        }
        shown(ui).remove(this);
    }

    /** The editors attached to a UI now. */
    @SuppressWarnings("unchecked")
    private static Set<UnsavedChanges> shown(UI ui) {
        Set<UnsavedChanges> shown = (Set<UnsavedChanges>) ComponentUtil.getData(ui, SHOWN);
        if (shown == null) {
            shown = new LinkedHashSet<>();
            ComponentUtil.setData(ui, SHOWN, shown);
        }
        return shown;
    }

    private void beforeLeave(BeforeLeaveEvent event) {
        if (!dirty()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction go = event.postpone();
        ask(() -> {
            baseline = snapshot();
            more.clear();
            go.proceed();
        });
    }

    private static void ask(Runnable leave) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("unsaved-dialog");
        dialog.setHeader(I18NProvider.translate("unsaved.title"));
        dialog.add(new Paragraph(I18NProvider.translate("unsaved.text")));
        dialog.setCancelable(true);
        dialog.setCancelText(I18NProvider.translate("unsaved.stay"));
        dialog.setConfirmText(I18NProvider.translate("unsaved.leave"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> leave.run());
        dialog.open();
    }

    private List<@Nullable Object> snapshot() {
        List<@Nullable Object> values = new ArrayList<>();
        collect(editor, values);
        return values;
    }

    private static void collect(Component component, List<@Nullable Object> values) {
        if (ComponentUtil.getData(component, IGNORE) != null) {
            return;
        }
        if (component instanceof HasValue<?, ?> field && !field.isReadOnly()) {
            values.add(field.getValue());
        }
        component.getChildren().forEach(child -> collect(child, values));
    }
}
