package it.convergo.calendar;

import it.convergo.account.AccountPrincipal;
import it.convergo.account.People;
import it.convergo.account.Recipient;
import it.convergo.account.Role;
import it.convergo.base.Times;
import it.convergo.base.i18n.Translations;
import it.convergo.challenge.ChallengeDates;
import it.convergo.challenge.KeyDates;
import it.convergo.evaluation.DueEvaluation;
import it.convergo.evaluation.EvaluationDueDates;
import it.convergo.evaluation.PitchAppointment;
import it.convergo.evaluation.PitchAppointments;
import it.convergo.proposal.ApplicantChallenges;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a user's feed lists, in their language: as applicant, the deadlines and results dates of the challenges
 * they have a draft or a submitted proposal in; as evaluator, when each open evaluation is due; as firm
 * manager, every key date of their firm's challenges; as invited applicant or jury member, each pitch slot.
 * A disabled account's feed is empty-handed like an unknown one.
 */
@Service
public class FeedCalendar {

    private static final Set<KeyDate> APPLICANT_DATES = EnumSet.of(KeyDate.CLOSES, KeyDate.RESULTS);

    private final FeedTokens tokens;
    private final People people;
    private final UserDetailsService accounts;
    private final ApplicantChallenges applicantChallenges;
    private final EvaluationDueDates dueDates;
    private final KeyDates keyDates;
    private final PitchAppointments pitches;
    private final PitchCalendarFile pitchEvents;
    private final ChallengeEvents challengeEvents;
    private final CalendarLinks links;
    private final Translations translations;
    private final Clock clock;

    FeedCalendar(FeedTokens tokens, People people, UserDetailsService accounts, ApplicantChallenges applicantChallenges,
                 EvaluationDueDates dueDates, KeyDates keyDates, ChallengeEvents challengeEvents, CalendarLinks links,
                 Translations translations, Clock clock, PitchAppointments pitches, PitchCalendarFile pitchEvents) {
        this.pitches = pitches;
        this.pitchEvents = pitchEvents;
        this.tokens = tokens;
        this.people = people;
        this.accounts = accounts;
        this.applicantChallenges = applicantChallenges;
        this.dueDates = dueDates;
        this.keyDates = keyDates;
        this.challengeEvents = challengeEvents;
        this.links = links;
        this.translations = translations;
        this.clock = clock;
    }

    /** The feed behind a secret address; empty for an unknown or revoked secret and for a disabled account. */
    @Transactional(readOnly = true)
    public Optional<byte[]> forSecret(String secret) {
        return tokens.owner(secret).flatMap(this::forUser);
    }

    private Optional<byte[]> forUser(long userId) {
        Optional<Recipient> person = people.byId(Set.of(userId)).stream().findFirst();
        Optional<AccountPrincipal> account = person.flatMap(p -> principal(p.email())).filter(AccountPrincipal::isEnabled);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        Locale locale = Translations.supported(person.get().locale());
        List<IcsEvent> events = events(account.get(), locale);
        return Optional.of(IcsCalendar.write(translations.get("calendar.name.feed", locale), events, clock.instant()));
    }

    /** Every entry once (a manager who also applies sees a date once), soonest first. */
    List<IcsEvent> events(AccountPrincipal user, Locale locale) {
        Map<String, IcsEvent> byUid = new LinkedHashMap<>();
        if (user.has(Role.APPLICANT)) {
            for (ChallengeDates c : keyDates.of(applicantChallenges.withLiveProposals(user.organisationId(), user.email()))) {
                challengeEvents.of(c, APPLICANT_DATES, locale).forEach(e -> byUid.putIfAbsent(e.uid(), e));
            }
            if (user.organisationId() != null) {
                for (PitchAppointment a : pitches.ofOrganisation(user.organisationId())) {
                    IcsEvent e = pitchEvents.event(a, locale);
                    byUid.put(e.uid(), e);
                }
            }
        }
        if (user.has(Role.FIRM_MANAGER) && user.organisationId() != null) {
            for (ChallengeDates c : keyDates.ofFirm(user.organisationId())) {
                challengeEvents.of(c, EnumSet.allOf(KeyDate.class), locale).forEach(e -> byUid.put(e.uid(), e));
            }
        }
        if (user.has(Role.EVALUATOR)) {
            for (DueEvaluation d : dueDates.open(user.userId())) {
                IcsEvent e = due(d, locale);
                byUid.put(e.uid(), e);
            }
            for (PitchAppointment a : pitches.ofJuror(user.userId())) {
                IcsEvent e = pitchEvents.event(a, locale);
                byUid.put(e.uid(), e);
            }
        }
        List<IcsEvent> events = new ArrayList<>(byUid.values());
        events.sort(Comparator.comparing(IcsEvent::at));
        return events;
    }

    private IcsEvent due(DueEvaluation d, Locale locale) {
        String proposal = d.proposalTitle() == null || d.proposalTitle().isBlank() ? "#" + d.proposalId() : d.proposalTitle();
        return new IcsEvent(links.uid("evaluation-" + d.proposalId() + "-due"), d.dueAt(),
                translations.get("calendar.event.EVALUATION_DUE.summary", locale, proposal),
                translations.get("calendar.event.EVALUATION_DUE.description", locale, proposal, d.challengeTitle(),
                        Times.format(d.dueAt(), locale)),
                links.page("evaluate/" + d.proposalId()), 0);
    }

    private Optional<AccountPrincipal> principal(String email) {
        try {
            return accounts.loadUserByUsername(email) instanceof AccountPrincipal p ? Optional.of(p) : Optional.empty();
        } catch (UsernameNotFoundException gone) {
            return Optional.empty();
        }
    }
}
