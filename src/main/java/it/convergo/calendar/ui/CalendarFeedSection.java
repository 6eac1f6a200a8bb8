package it.convergo.calendar.ui;

import com.vaadin.flow.component.Component;
import it.convergo.account.AccountPrincipal;
import it.convergo.account.CurrentUser;
import it.convergo.account.Role;
import it.convergo.base.ui.ProfileSection;
import it.convergo.calendar.FeedTokens;
import java.util.Optional;

/** Adds the calendar feed to the profile of those who have dates in it: applicants, evaluators, firm managers. */
@org.springframework.stereotype.Component
class CalendarFeedSection implements ProfileSection {

    private final FeedTokens tokens;

    CalendarFeedSection(FeedTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Optional<Component> create() {
        Optional<AccountPrincipal> user = CurrentUser.get();
        boolean hasDates = user.filter(u -> u.has(Role.APPLICANT) || u.has(Role.EVALUATOR) || u.has(Role.FIRM_MANAGER)).isPresent();
        return hasDates ? Optional.of(new CalendarFeedPanel(tokens)) : Optional.empty();
    }
}
