package it.convergo.evaluation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import it.convergo.base.Times;
import it.convergo.base.ui.Badge;
import it.convergo.base.ui.Countdown;
import it.convergo.evaluation.questions.Question;
import it.convergo.evaluation.questions.QuestionStatus;
import java.time.Instant;

/** One question of the panel with its deadline (date, time, zone and time left), state and answer. */
class QuestionCard extends Div {

    QuestionCard(Question q, Instant now, String answerLabelKey) {
        addClassNames("cv-card", "cv-question");
        Span asked = new Span(getTranslation("evaluation.questions.asked", Times.format(q.askedAt(), getLocale())));
        asked.addClassName("cv-hint");
        add(new Div(new Badge(getTranslation(q.status().labelKey()), tone(q.status())), new Span(" "), asked));
        add(text(q.question()));
        if (q.status() == QuestionStatus.OPEN) {
            String left = Countdown.left(this, q.dueAt(), now);
            add(new Paragraph(getTranslation("evaluation.questions.due", Times.format(q.dueAt(), getLocale()))
                    + (left.isEmpty() ? "" : " · " + left)));
        } else if (q.status() == QuestionStatus.EXPIRED) {
            add(new Paragraph(getTranslation("evaluation.questions.expired", Times.format(q.dueAt(), getLocale()))));
        } else {
            Span when = new Span(getTranslation(answerLabelKey) + " · "
                    + getTranslation("evaluation.questions.answeredAt", Times.format(q.answeredAt(), getLocale())));
            when.addClassName("cv-hint");
            add(new Div(when), text(q.answer()));
        }
    }

    private static Paragraph text(String text) {
        Paragraph p = new Paragraph(text == null ? "" : text);
        p.addClassName("cv-prewrap");
        return p;
    }

    private static Badge.Tone tone(QuestionStatus status) {
        return switch (status) {
            case OPEN -> Badge.Tone.WARNING;
            case ANSWERED -> Badge.Tone.SUCCESS;
            case EXPIRED -> Badge.Tone.NEUTRAL;
        };
    }
}
