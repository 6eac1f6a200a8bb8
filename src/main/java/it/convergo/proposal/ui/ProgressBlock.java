package it.convergo.proposal.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.List;

/** At the top of the form: how much of the checklist is done, and links to the form's sections. */
final class ProgressBlock extends Div {

    /** The editor's sections in page order; each is a card with this id. */
    static final List<String> SECTIONS = List.of("basics", "team", "budget", "exclusions", "questions", "files", "submit");

    final ProgressBar progress = new ProgressBar(0, 1);
    final Span progressText = new Span();

    ProgressBlock() {
        progress.addClassName("cv-proposal-progress");
        progress.getElement().setAttribute("aria-label", getTranslation("proposal.editor.progress"));
        Div nav = new Div();
        nav.addClassName("cv-proposal-steps");
        for (String section : SECTIONS) {
            nav.add(new Anchor("#" + section, getTranslation("proposal.section." + section)));
        }
        add(progress, progressText, nav);
        addClassName("cv-proposal-progressblock");
    }

    void show(int done, int total) {
        progress.setValue(total == 0 ? 1 : (double) done / total);
        progressText.setText(getTranslation("proposal.editor.progressText", done, total));
    }
}
