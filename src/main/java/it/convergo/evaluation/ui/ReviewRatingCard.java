package it.convergo.evaluation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import it.convergo.base.UserFacingException;
import it.convergo.base.ui.Notifications;
import it.convergo.evaluation.consensus.ConsensusView;
import it.convergo.evaluation.scoring.ReviewQuality;
import it.convergo.evaluation.scoring.ReviewRatings;
import java.util.Map;
import java.util.Optional;

/**
 * On the consensus page, for the rapporteur (the other members' reviews) and the firm (every review): rate each
 * submitted review helpful, adequate or poor. Shown only to those the server lets rate.
 */
final class ReviewRatingCard extends Div {

    private ReviewRatingCard() {
    }

    /** The card, or empty when the signed-in user may not rate reviews of this proposal. */
    static Optional<Div> of(ReviewRatings ratings, ConsensusView view, long myId) {
        Map<Long, ReviewQuality> current;
        try {
            current = ratings.on(view.proposalId());
        } catch (UserFacingException notAllowed) {
            return Optional.empty();
        }
        ReviewRatingCard card = new ReviewRatingCard();
        card.addClassName("cv-card");
        card.add(new H2(card.getTranslation("evaluation.quality.title")),
                new Paragraph(card.getTranslation("evaluation.quality.intro")));
        boolean any = false;
        for (ConsensusView.Individual individual : view.individuals()) {
            if (!individual.submitted() || individual.evaluatorId() == myId) {
                continue;
            }
            any = true;
            RadioButtonGroup<ReviewQuality> rating = new RadioButtonGroup<>(individual.name());
            rating.setItems(ReviewQuality.values());
            rating.setItemLabelGenerator(q -> card.getTranslation(q.labelKey()));
            rating.setValue(current.get(individual.evaluatorId()));
            rating.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    ratings.rate(view.proposalId(), individual.evaluatorId(), e.getValue());
                    Notifications.success("evaluation.quality.saved", individual.name());
                }
            });
            card.add(rating);
        }
        if (!any) {
            card.add(new Paragraph(card.getTranslation("evaluation.quality.none")));
        }
        return Optional.of(card);
    }
}
