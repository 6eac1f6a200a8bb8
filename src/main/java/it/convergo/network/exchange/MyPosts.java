package it.convergo.network.exchange;

import it.convergo.account.AccountPrincipal;
import it.convergo.account.CurrentUser;
import it.convergo.account.Role;
import it.convergo.audit.AuditLog;
import it.convergo.base.UserFacingException;
import it.convergo.network.NetworkLimits;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * My organisation's needs and offers: post, edit, renew, close. Any member of the organisation may change its
 * posts (a post of another organisation is "not found"); a need is a firm's, an offer anybody's. An edit over
 * someone else's newer edit is refused.
 */
@Service
public class MyPosts {

    private final ExchangePostRepository posts;
    private final ExchangeInterestRepository interests;
    private final Cards cards;
    private final AuditLog audit;
    private final Clock clock;

    MyPosts(ExchangePostRepository posts, ExchangeInterestRepository interests, Cards cards, AuditLog audit, Clock clock) {
        this.posts = posts;
        this.interests = interests;
        this.cards = cards;
        this.audit = audit;
        this.clock = clock;
    }

    /** Posts a need or an offer for my organisation; returns its id. */
    @PreAuthorize("hasAnyRole('APPLICANT', 'FIRM_MANAGER')")
    @Transactional
    public long post(PostForm form) {
        AccountPrincipal me = Members.member();
        form.check();
        mayPost(me, form.kind());
        Instant now = clock.instant();
        ExchangePost post = new ExchangePost(me.organisationId(), me.userId(), now);
        apply(form, post, now);
        post = posts.save(post);
        audit.record("exchange.posted", subject(post), post.kind + " " + post.title);
        return post.getId();
    }

    /** The post as its form shows it, with the version it was read at; only for my organisation's posts. */
    @PreAuthorize("hasAnyRole('APPLICANT', 'FIRM_MANAGER')")
    @Transactional(readOnly = true)
    public Editing edit(long postId) {
        ExchangePost post = mine(postId);
        Instant now = clock.instant();
        long daysLeft = Math.max(1, Duration.between(now, post.expiresAt).toDays());
        return new Editing(new PostForm(post.kind, post.arrangement, post.area, post.title, post.summary, post.trl,
                (int) Math.min(daysLeft, NetworkLimits.POST_DAYS_MAX)), post.getVersion());
    }

    /** A post's form and the version it was read at. */
    public record Editing(PostForm form, long version) {
    }

    /** Saves an edit read at {@code version}; a newer edit of someone else wins and this one is refused. */
    @PreAuthorize("hasAnyRole('APPLICANT', 'FIRM_MANAGER')")
    @Transactional
    public void save(long postId, long version, PostForm form) {
        AccountPrincipal me = Members.member();
        ExchangePost post = mine(postId);
        if (post.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(ExchangePost.class, postId);
        }
        if (post.status == PostStatus.CLOSED) {
            throw new UserFacingException("exchange.error.closed");
        }
        form.check();
        if (post.kind != form.kind()) {
            // a firm's need stays editable by all its members; turning an offer into a need is a firm's call
            mayPost(me, form.kind());
        }
        apply(form, post, clock.instant());
        audit.record("exchange.edited", subject(post), null);
    }

    /** Puts the post back on the board for the usual time from now (an open or expired post; a closed one stays closed). */
    @PreAuthorize("hasAnyRole('APPLICANT', 'FIRM_MANAGER')")
    @Transactional
    public void renew(long postId) {
        ExchangePost post = mine(postId);
        if (post.status == PostStatus.CLOSED) {
            throw new UserFacingException("exchange.error.closed");
        }
        post.status = PostStatus.OPEN;
        post.expiresAt = clock.instant().plus(Duration.ofDays(NetworkLimits.POST_DAYS_DEFAULT));
        audit.record("exchange.renewed", subject(post), post.expiresAt.toString());
    }

    /** Takes the post off the board for good; threads already open stay readable. Closing twice changes nothing. */
    @PreAuthorize("hasAnyRole('APPLICANT', 'FIRM_MANAGER')")
    @Transactional
    public void close(long postId) {
        ExchangePost post = mine(postId);
        if (post.status != PostStatus.CLOSED) {
            post.status = PostStatus.CLOSED;
            audit.record("exchange.closed", subject(post), null);
        }
    }

    /** One page of my organisation's posts, newest first, each with its interests counted (two queries a page). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<MyPostRow> mine(int offset, int limit) {
        int size = Math.max(limit, 1);
        List<ExchangePost> page = posts.ofOrganisation(Members.organisation(), PageRequest.of(offset / size, size));
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] row : interests.countsByPost(page.stream().map(ExchangePost::getId).toList())) {
            long[] c = counts.computeIfAbsent((Long) row[0], k -> new long[2]);
            if (row[1] == InterestStatus.PENDING) {
                c[0] += (Long) row[2];
            } else if (row[1] == InterestStatus.ACCEPTED) {
                c[1] += (Long) row[2];
            }
        }
        List<PostCard> shown = cards.of(page);
        return shown.stream().map(card -> {
            long[] c = counts.getOrDefault(card.id(), new long[2]);
            return new MyPostRow(card, c[0], c[1]);
        }).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long countMine() {
        return posts.countByOrganisationId(Members.organisation());
    }

    /** Whether the signed-in user may post a need (firms) or an offer (any member of an organisation). */
    public static boolean mayPost(PostKind kind) {
        return Members.mayAct() && (kind == PostKind.OFFER
                || CurrentUser.get().map(u -> u.has(Role.FIRM_MANAGER)).orElse(false));
    }

    private static void mayPost(AccountPrincipal me, PostKind kind) {
        if (kind == PostKind.NEED && !me.has(Role.FIRM_MANAGER)) {
            throw new UserFacingException("exchange.error.needsAreFirms");
        }
    }

    private ExchangePost mine(long postId) {
        long organisation = Members.organisation();
        return posts.findById(postId).filter(p -> p.organisationId == organisation).orElseThrow(Board::notFound);
    }

    private static void apply(PostForm form, ExchangePost post, Instant now) {
        post.kind = form.kind();
        post.arrangement = form.arrangement();
        post.area = form.area();
        post.title = form.title().strip();
        post.summary = form.summary().strip();
        post.trl = form.trl();
        post.expiresAt = now.plus(Duration.ofDays(form.days()));
        if (post.status == PostStatus.EXPIRED) {
            post.status = PostStatus.OPEN;
        }
    }

    static String subject(ExchangePost post) {
        return "exchangePost:" + post.getId();
    }
}
