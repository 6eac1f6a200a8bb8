package it.convergo.network.exchange;

import it.convergo.base.BaseUrl;
import it.convergo.account.AccountPrincipal;
import it.convergo.account.Recipient;
import it.convergo.audit.AuditLog;
import it.convergo.base.UserFacingException;
import it.convergo.network.NetworkLimits;
import it.convergo.notification.MailService;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Interest in a post and the owner's answer: one interest per organisation and post (expressing it again returns
 * the first), the post's organisation accepts or declines it, and accepting tells the interested organisation.
 * Both mails go through the outbox in the same transaction.
 */
@Service
public class Interests {

    private final ExchangePostRepository posts;
    private final ExchangeInterestRepository interests;
    private final Cards cards;
    private final MailService mail;
    private final AuditLog audit;
    private final Clock clock;
    private final String baseUrl;

    Interests(ExchangePostRepository posts, ExchangeInterestRepository interests, Cards cards,
              MailService mail, AuditLog audit, Clock clock, @Value("${convergo.base-url}") String baseUrl) {
        this.posts = posts;
        this.interests = interests;
        this.cards = cards;
        this.mail = mail;
        this.audit = audit;
        this.clock = clock;
        this.baseUrl = BaseUrl.trimmed(baseUrl);
    }

    /**
     * Expresses my organisation's interest in a live post of another organisation and tells its author. Once per
     * organisation: a second click, or a colleague's, returns the interest already there and mails nobody.
     */
    @PreAuthorize("hasAnyRole('APPLICANT', 'FIRM_MANAGER')")
    @Transactional
    public long express(long postId, String note) {
        AccountPrincipal me = Members.member();
        long organisation = me.organisationId();
        String text = note == null ? "" : note.strip();
        if (text.length() > NetworkLimits.INTEREST_NOTE) {
            throw new UserFacingException("network.error.tooLong", NetworkLimits.INTEREST_NOTE);
        }
        ExchangePost post = posts.findById(postId).orElseThrow(Board::notFound);
        if (post.organisationId == organisation) {
            throw new UserFacingException("exchange.error.ownPost");
        }
        var existing = interests.findByPostIdAndOrganisationId(postId, organisation);
        if (existing.isPresent()) {
            return existing.get().getId();
        }
        if (!post.live(clock.instant())) {
            throw Board.notFound();
        }
        ExchangeInterest interest;
        try {
            interest = interests.saveAndFlush(new ExchangeInterest(postId, organisation, me.userId(),
                    text.isEmpty() ? null : text, clock.instant()));
        } catch (DataIntegrityViolationException race) {
            // a colleague's click committed between the check and the insert: the unique key keeps theirs
            throw new UserFacingException("exchange.error.alreadyInterested");
        }
        String from = cards.name(organisation);
        String link = baseUrl + "/network/exchange/" + postId;
        for (Recipient r : cards.recipients(post.authorUserId, post.organisationId)) {
            mail.send(r.email(), r.locale(), "exchange.interest", r.fullName(), post.title, from,
                    text.isEmpty() ? "-" : text, link);
        }
        audit.record("exchange.interest", MyPosts.subject(post), "organisation:" + organisation);
        return interest.getId();
    }

    /**
     * The owner's answer to a pending interest: accepting reveals the contacts both ways, opens the thread and tells
     * the interested organisation; declining closes it quietly. Only the post's organisation answers, once.
     */
    @PreAuthorize("hasAnyRole('APPLICANT', 'FIRM_MANAGER')")
    @Transactional
    public void decide(long interestId, boolean accept) {
        long organisation = Members.organisation();
        ExchangeInterest interest = interests.findById(interestId).orElseThrow(Board::notFound);
        ExchangePost post = posts.findById(interest.postId).filter(p -> p.organisationId == organisation)
                .orElseThrow(Board::notFound);
        InterestStatus answer = accept ? InterestStatus.ACCEPTED : InterestStatus.DECLINED;
        if (interest.status == answer) {
            return;
        }
        if (interest.status != InterestStatus.PENDING) {
            throw new UserFacingException("exchange.error.decided");
        }
        interest.status = answer;
        interest.decidedAt = clock.instant();
        if (accept) {
            String owner = cards.name(post.organisationId);
            Contact contact = cards.contact(post.authorUserId, post.organisationId).orElse(new Contact(owner, ""));
            String link = baseUrl + "/network/exchange/thread/" + interestId;
            for (Recipient r : cards.recipients(interest.userId, interest.organisationId)) {
                mail.send(r.email(), r.locale(), "exchange.accepted", r.fullName(), post.title, owner, contact.name(),
                        contact.email(), link);
            }
        }
        audit.record(accept ? "exchange.accepted" : "exchange.declined", MyPosts.subject(post),
                "organisation:" + interest.organisationId);
    }

    /** One page of the interests my organisation expressed, newest first, each with its answer. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<InterestView> ours(int offset, int limit) {
        int size = Math.max(limit, 1);
        List<ExchangeInterest> page = interests.ofOrganisation(Members.organisation(), PageRequest.of(offset / size, size));
        Map<Long, ExchangePost> byId = posts.findAllById(page.stream().map(i -> i.postId).toList()).stream()
                .collect(java.util.stream.Collectors.toMap(ExchangePost::getId, p -> p));
        Map<Long, String> owners = cards.names(byId.values().stream().map(p -> p.organisationId).distinct().toList());
        return page.stream().map(i -> {
            ExchangePost p = byId.get(i.postId);
            return new InterestView(i.getId(), i.postId, p.title, p.organisationId,
                    owners.getOrDefault(p.organisationId, ""), i.note, i.status, i.createdAt, null);
        }).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long countOurs() {
        return interests.countByOrganisationId(Members.organisation());
    }
}
