package it.convergo.evaluation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import it.convergo.evaluation.pitch.CombinedRanking;
import it.convergo.evaluation.pitch.PitchRanking;

/**
 * The ranking with the pitch, under the written ranking: each proposal's written score and pitch score as
 * shares of their maximum and the combined score, with the rule in plain words; not invited ones keep their
 * written score. Until the jury's scoring ends, only a note; when it ended without every jury member, a note
 * saying whose scores count (nobody's: the ranking is the written one).
 */
class PitchRankingSection extends Div {

    PitchRankingSection(CombinedRanking combined) {
        add(new H3(getTranslation("pitch.ranking.title")));
        int weight = combined.pitchWeight();
        add(new Paragraph(getTranslation("pitch.ranking.explained", weight, 100 - weight)));
        if (combined.basis() != null) {
            // which written ranking the combined one starts from: the one the firm chose to decide
            Paragraph written = new Paragraph(getTranslation("pitch.ranking.basis." + combined.basis().name()));
            written.setId("pitch-ranking-basis");
            add(written);
        }
        if (!combined.scored()) {
            Paragraph waiting = new Paragraph(getTranslation("pitch.ranking.waiting"));
            waiting.addClassName("cv-hint");
            add(waiting);
            return;
        }
        if (combined.jurySubmitted() < combined.jurySize()) {
            // the scoring was closed (due time or the firm) before every jury member submitted
            Paragraph partial = new Paragraph(combined.withoutPitch() ? getTranslation("pitch.ranking.withoutPitch")
                    : getTranslation("pitch.ranking.partial", combined.jurySubmitted(), combined.jurySize()));
            partial.setId("pitch-ranking-jury");
            partial.addClassName("cv-hint");
            add(partial);
        }
        Grid<PitchRanking.Row> grid = new Grid<>();
        grid.setId("pitch-ranking");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> r.rank() == 0 ? "—" : String.valueOf(r.rank())).setHeader(getTranslation("pitch.ranking.rank"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PitchRanking.Row::title).setHeader(getTranslation("evaluation.inbox.proposal")).setFlexGrow(1).setWidth("10em");
        grid.addColumn(r -> r.writtenRank() == 0 ? "—" : String.valueOf(r.writtenRank()))
                .setHeader(getTranslation("pitch.ranking.writtenRank")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> ScoreText.of(r.writtenShare(), getLocale()) + " %").setHeader(getTranslation("pitch.ranking.written"))
                .setAutoWidth(true).setFlexGrow(0);
        String noPitch = combined.withoutPitch() ? "—" : getTranslation("pitch.ranking.notInvited");
        grid.addColumn(r -> r.invited() ? ScoreText.of(r.pitchShare(), getLocale()) + " %" : noPitch)
                .setHeader(getTranslation("pitch.ranking.pitch")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> ScoreText.of(r.combined(), getLocale()) + " %").setHeader(getTranslation("pitch.ranking.combined"))
                .setAutoWidth(true).setFlexGrow(0).setKey("combined");
        grid.setItems(combined.rows());
        grid.setAllRowsVisible(true);
        add(grid);
    }
}
