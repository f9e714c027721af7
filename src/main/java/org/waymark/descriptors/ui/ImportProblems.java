package org.waymark.descriptors.ui;

import java.util.List;

import org.waymark.descriptors.domain.ImportProblem;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;

/** The problems an import found, one per line: "Line N, column X: what is wrong". */
class ImportProblems extends Div {

    ImportProblems() {
        setId("import-problems");
        addClassName("wm-errors");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    void show(List<ImportProblem> problems) {
        removeAll();
        setVisible(!problems.isEmpty());
        if (problems.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        for (ImportProblem p : problems) {
            String message = getTranslation(p.messageKey(), p.arguments().toArray());
            list.add(new ListItem(p.line() == 0 ? message
                    : getTranslation(p.column().isEmpty() ? "framework.import.atLine" : "framework.import.at",
                    p.line(), p.column(), message)));
        }
        add(new H3(getTranslation("framework.import.problems", problems.size())), list);
    }

    List<String> lines() {
        return getChildren().filter(c -> c instanceof UnorderedList)
                .flatMap(c -> c.getChildren()).map(c -> c.getElement().getText()).toList();
    }
}
