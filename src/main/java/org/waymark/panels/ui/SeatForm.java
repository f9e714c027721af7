package org.waymark.panels.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.waymark.base.ui.Translations;
import org.waymark.panels.domain.SeatCapacity;
import org.waymark.panels.domain.SeatRole;
import org.waymark.panels.service.PanelService.SeatCandidate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;

/** Choosing a person of the authority, the capacity they sit in and their role: for panels and meetings. */
class SeatForm extends FlexLayout {

    /** What to do with the choice. */
    interface Seating {
        void seat(long userId, SeatCapacity capacity, SeatRole role);
    }

    final ComboBox<SeatCandidate> person = new ComboBox<>();
    final Select<SeatCapacity> capacity = new Select<>();
    final Select<SeatRole> role = new Select<>();

    SeatForm(List<SeatCandidate> candidates, String idPrefix, Seating seating) {
        person.setLabel(getTranslation("panel.person"));
        person.setItems(candidates);
        person.setItemLabelGenerator(labels(candidates, SeatForm::roleNames)::get);
        person.setId(idPrefix + "-person");
        capacity.setLabel(getTranslation("panel.capacity"));
        capacity.setItems(SeatCapacity.values());
        capacity.setItemLabelGenerator(Translations::label);
        capacity.setValue(SeatCapacity.OFFICER);
        capacity.setId(idPrefix + "-capacity");
        role.setLabel(getTranslation("panel.role"));
        role.setItems(SeatRole.values());
        role.setItemLabelGenerator(Translations::label);
        role.setValue(SeatRole.MEMBER);
        role.setId(idPrefix + "-role");
        Button add = new Button(getTranslation("panel.seat"), e -> {
            if (person.getValue() == null) {
                person.setInvalid(true);
                person.setErrorMessage(getTranslation("panel.seat.choose"));
                return;
            }
            person.setInvalid(false);
            seating.seat(person.getValue().userId(), capacity.getValue(), role.getValue());
        });
        add.setId(idPrefix + "-add");
        add(person, capacity, role, add);
        addClassName("wm-filters");
        setAlignItems(FlexComponent.Alignment.BASELINE);
    }

    /**
     * How each person reads in the picker: by name; people who share a name also by their roles
     * and where they work ("Sam Whitfield — School SENCO, Larkfield Primary School"). Never by
     * login name.
     */
    static Map<SeatCandidate, String> labels(List<SeatCandidate> candidates,
                                             Function<SeatCandidate, String> roleNames) {
        Map<String, Long> sharing = candidates.stream()
                .collect(Collectors.groupingBy(SeatCandidate::displayName, Collectors.counting()));
        return candidates.stream().collect(Collectors.toMap(Function.identity(), c -> sharing.get(c.displayName()) < 2
                ? c.displayName()
                : c.displayName() + " — " + roleNames.apply(c) + (c.place() == null ? "" : ", " + c.place()),
                (a, b) -> a));
    }

    private static String roleNames(SeatCandidate c) {
        return c.roles().stream().sorted().map(Translations::label).collect(Collectors.joining(", "));
    }
}
