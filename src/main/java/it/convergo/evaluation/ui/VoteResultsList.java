package it.convergo.evaluation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import it.convergo.base.Times;
import it.convergo.evaluation.vote.VoteResults;

/** A counted audience vote as a list: rank, public title, votes; ties said in words, not only by equal numbers. */
final class VoteResultsList {

    private VoteResultsList() {
    }

    static Component of(Component host, VoteResults r) {
        Div box = new Div(new Paragraph(host.getTranslation("vote.results.intro", r.ballots(),
                Times.format(r.countedAt(), com.vaadin.flow.component.UI.getCurrent().getLocale()))));
        box.addClassName("vote-results");
        // the rank is part of each line's text: a numbered list would number ties twice
        Div list = new Div();
        list.setId("vote-results");
        r.rows().forEach(row -> list.add(new Div(host.getTranslation(row.tied() ? "vote.results.rowTied" : "vote.results.row",
                row.rank(), row.title(), host.getTranslation("vote.results.votes", row.votes())))));
        if (r.rows().isEmpty()) {
            box.add(new Paragraph(host.getTranslation("vote.results.empty")));
        } else {
            box.add(list);
        }
        return box;
    }
}
