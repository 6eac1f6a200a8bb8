package it.convergo.evaluation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import it.convergo.base.ui.CountedText;
import it.convergo.challenge.CriterionDef;
import it.convergo.evaluation.EvaluationLimits;
import it.convergo.evaluation.scoring.Scores;
import it.convergo.evaluation.scoring.SheetInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Scores and comments for every criterion plus an overall comment, used by evaluators and (for the
 * consensus) by the rapporteur. Limits are visible while typing.
 */
class SheetEditor extends Div {

    private final List<Select<BigDecimal>> scores = new ArrayList<>();
    private final List<TextArea> comments = new ArrayList<>();
    private final TextArea overall = new TextArea();

    SheetEditor(List<CriterionDef> criteria, @Nullable SheetInput initial, boolean scoresEditable, boolean editable) {
        addClassName("cv-sheet");
        for (int i = 0; i < criteria.size(); i++) {
            CriterionDef c = criteria.get(i);
            Div block = new Div();
            block.addClassName("cv-criterion");
            Paragraph help = new Paragraph(c.description() + " " + getTranslation("evaluation.sheet.scale",
                    ScoreText.of(c.maxScore(), getLocale()), ScoreText.of(c.step(), getLocale()),
                    ScoreText.of(c.threshold(), getLocale()), ScoreText.of(c.weight(), getLocale())));
            help.addClassName("cv-hint");
            Select<BigDecimal> score = new Select<>();
            score.setLabel(getTranslation("evaluation.sheet.score", c.name()));
            score.setItems(Scores.scale(c));
            score.setItemLabelGenerator(v -> v == null ? "" : ScoreText.of(v, getLocale()));
            score.setEmptySelectionAllowed(true);
            score.setEmptySelectionCaption(getTranslation("evaluation.sheet.noScore"));
            score.setReadOnly(!editable || !scoresEditable);
            TextArea comment = counted(new TextArea(getTranslation("evaluation.sheet.comment", c.name())), editable);
            if (initial != null) {
                BigDecimal value = i < initial.scores().size() ? initial.scores().get(i) : null;
                score.setValue(value == null ? null : Scores.scale(c).stream()
                        .filter(v -> v.compareTo(value) == 0).findFirst().orElse(null));
                comment.setValue(i < initial.comments().size() && initial.comments().get(i) != null ? initial.comments().get(i) : "");
            }
            scores.add(score);
            comments.add(comment);
            block.add(new H4(c.name()), help, score, comment);
            add(block);
        }
        overall.setLabel(getTranslation("evaluation.sheet.overall"));
        counted(overall, editable);
        if (initial != null && initial.overallComment() != null) {
            overall.setValue(initial.overallComment());
        }
        add(overall);
    }

    private static TextArea counted(TextArea area, boolean editable) {
        CountedText.count(area, EvaluationLimits.COMMENT);
        area.setReadOnly(!editable);
        return area;
    }

    SheetInput value() {
        return new SheetInput(scores.stream().map(Select::getValue).toList(),
                comments.stream().map(TextArea::getValue).toList(), overall.getValue());
    }
}
