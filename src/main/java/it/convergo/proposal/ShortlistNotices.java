package it.convergo.proposal;

import it.convergo.account.AccountService;
import it.convergo.account.People;
import it.convergo.account.Recipient;
import it.convergo.audit.AuditLog;
import it.convergo.base.BaseUrl;
import it.convergo.base.Times;
import it.convergo.challenge.ChallengeRules;
import it.convergo.challenge.Challenges;
import it.convergo.notification.MailService;
import it.convergo.workflow.ChallengeClock;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lifecycle's "Tell applicants" step of a two-stage challenge, inside the workflow's transaction: each
 * shortlisted outline becomes a full proposal draft (the same proposal, prefilled with the outline; its outline
 * submissions and receipts stay) and its team is invited; the others' teams get the firm's feedback. Their pages
 * show the same decision. Runs once: an outline already advanced or told is skipped.
 */
@Component
class ShortlistNotices {

    private final OutlineRepository outlines;
    private final ProposalMemberRepository members;
    private final Challenges challenges;
    private final AccountService accounts;
    private final People people;
    private final MailService mail;
    private final AuditLog audit;
    private final Clock clock;
    private final String baseUrl;

    ShortlistNotices(OutlineRepository outlines, ProposalMemberRepository members, Challenges challenges,
                     AccountService accounts, People people, MailService mail, AuditLog audit, Clock clock,
                     @Value("${convergo.base-url}") String baseUrl) {
        this.outlines = outlines;
        this.members = members;
        this.challenges = challenges;
        this.accounts = accounts;
        this.people = people;
        this.mail = mail;
        this.audit = audit;
        this.clock = clock;
        this.baseUrl = BaseUrl.trimmed(baseUrl);
    }

    @EventListener
    @Transactional
    public void on(ChallengeClock tick) {
        if (tick.moment() != ChallengeClock.Moment.FULL_STAGE_OPENS) {
            return;
        }
        ChallengeRules c = challenges.find(tick.challengeId()).map(it.convergo.challenge.ChallengeView::rules).orElse(null);
        if (c == null) {
            return;
        }
        for (Proposal p : outlines.submittedOutlines(c.id(), ProposalStatus.submittedStates())) {
            String link = baseUrl + "/my-proposals/" + p.getId();
            if (Boolean.TRUE.equals(p.shortlisted)) {
                p.stage = ProposalStage.FULL;
                p.status = ProposalStatus.DRAFT;
                p.editing = false;
                p.challengeClosesAt = c.closesAt();
                p.updatedAt = clock.instant();
                outlines.save(p);
                audit.record("proposal.fullStageOpened", p.subject(), c.title());
                team(p).forEach(r -> mail.send(r.email(), r.locale(), "shortlistInvited", Texts.orEmpty(p.title), c.title(),
                        link, Times.format(c.closesAt(), r.locale()), Texts.orEmpty(p.shortlistFeedback)));
            } else {
                audit.record("proposal.shortlistFeedbackSent", p.subject(), c.title());
                team(p).forEach(r -> mail.send(r.email(), r.locale(), "shortlistFeedback", Texts.orEmpty(p.title), c.title(),
                        link, Texts.orEmpty(p.shortlistFeedback)));
            }
        }
        outlines.flush();
    }

    /** The lead and the invited team members with an account. */
    private List<Recipient> team(Proposal p) {
        java.util.Map<String, Recipient> byEmail = new java.util.LinkedHashMap<>();
        accounts.recipients(List.of(p.leadUserId)).forEach(r -> byEmail.put(r.email(), r));
        List<String> invited = members.findByProposalIdOrderByEmail(p.getId()).stream().map(m -> m.email).toList();
        people.byEmail(invited).forEach(r -> byEmail.putIfAbsent(r.email(), r));
        return List.copyOf(byEmail.values());
    }
}
