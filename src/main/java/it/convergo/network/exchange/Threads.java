package it.convergo.network.exchange;

import it.convergo.account.AccountPrincipal;
import it.convergo.audit.AuditLog;
import it.convergo.base.UserFacingException;
import it.convergo.network.NetworkLimits;
import java.time.Clock;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The private thread of an accepted interest: only the post's organisation and the interested organisation read
 * and write it; to anybody else, and before the owner accepts, it does not exist.
 */
@Service
public class Threads {

    private final ExchangePostRepository posts;
    private final ExchangeInterestRepository interests;
    private final ExchangeMessageRepository messages;
    private final Board board;
    private final Cards cards;
    private final AuditLog audit;
    private final Clock clock;

    Threads(ExchangePostRepository posts, ExchangeInterestRepository interests, ExchangeMessageRepository messages,
            Board board, Cards cards, AuditLog audit, Clock clock) {
        this.posts = posts;
        this.interests = interests;
        this.messages = messages;
        this.board = board;
        this.cards = cards;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('APPLICANT', 'FIRM_MANAGER')")
    @Transactional(readOnly = true)
    public ExchangeThread thread(long interestId) {
        long organisation = Members.organisation();
        ExchangeInterest interest = accepted(interestId, organisation);
        ExchangePost post = posts.findById(interest.postId).orElseThrow(Board::notFound);
        boolean owner = post.organisationId == organisation;
        long other = owner ? interest.organisationId : post.organisationId;
        var names = cards.names(List.of(post.organisationId, interest.organisationId));
        InterestView view = board.view(interest, post.title, names.getOrDefault(interest.organisationId, ""));
        if (!owner) {
            Contact ownerContact = cards.contact(post.authorUserId, post.organisationId).orElse(null);
            view = new InterestView(view.id(), view.postId(), view.postTitle(), post.organisationId,
                    names.getOrDefault(post.organisationId, ""), view.note(), view.status(), view.createdAt(), ownerContact);
        }
        List<ThreadMessage> thread = messages.thread(interestId).stream().map(m -> new ThreadMessage(m.authorName,
                names.getOrDefault(m.organisationId, ""), m.body, m.createdAt, m.organisationId == organisation)).toList();
        return new ExchangeThread(cards.of(post), view, names.getOrDefault(other, ""), thread);
    }

    /** Adds my message to the thread. */
    @PreAuthorize("hasAnyRole('APPLICANT', 'FIRM_MANAGER')")
    @Transactional
    public void write(long interestId, String body) {
        AccountPrincipal me = Members.member();
        ExchangeInterest interest = accepted(interestId, me.organisationId());
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new UserFacingException("exchange.error.message");
        }
        if (text.length() > NetworkLimits.MESSAGE) {
            throw new UserFacingException("network.error.tooLong", NetworkLimits.MESSAGE);
        }
        messages.save(new ExchangeMessage(interestId, me.organisationId(), me.userId(), me.fullName(), text, clock.instant()));
        audit.record("exchange.message", "exchangeInterest:" + interest.getId(), null);
    }

    /** The interest, if accepted and the reader's organisation is one of its two sides; else "not found". */
    private ExchangeInterest accepted(long interestId, long organisation) {
        ExchangeInterest interest = interests.findById(interestId)
                .filter(i -> i.status == InterestStatus.ACCEPTED).orElseThrow(Board::notFound);
        if (interest.organisationId == organisation) {
            return interest;
        }
        posts.findById(interest.postId).filter(p -> p.organisationId == organisation).orElseThrow(Board::notFound);
        return interest;
    }
}
