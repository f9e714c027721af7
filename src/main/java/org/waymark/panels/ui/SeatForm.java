package org.waymark.panels.ui;

import java.util.List;

import org.waymark.base.ui.Translations;
import org.waymark.panels.domain.SeatCapacity;
import org.waymark.panels.domain.SeatRole;
import org.waymark.security.service.AccountService;

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

    final ComboBox<AccountService.StaffMember> person = new ComboBox<>();
    final Select<SeatCapacity> capacity = new Select<>();
    final Select<SeatRole> role = new Select<>();

    SeatForm(List<AccountService.StaffMember> candidates, String idPrefix, Seating seating) {
        person.setLabel(getTranslation("panel.person"));
        person.setItems(candidates);
        person.setItemLabelGenerator(m -> m.displayName() + " (" + m.username() + ")");
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
}
