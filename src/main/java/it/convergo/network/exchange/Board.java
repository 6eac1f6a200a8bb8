package it.convergo.network.exchange;

import it.convergo.account.CurrentUser;
import it.convergo.base.SearchText;
import it.convergo.base.TechnologyArea;
import it.convergo.base.search.SearchTerms;
import it.convergo.base.UserFacingException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board of needs and offers, for signed-in members only: a need tells where a firm is heading, which it
 * shares with the network, not with the web. Expired and closed posts leave it by the query itself; a post's
 * page is open to every member while it is live, and always to its organisation and to organisations that
 * expressed interest (their thread stays reachable).
 */
@Service
public class Board {

    /** The newest live posts in the profile's areas that are compared with it: enough for a few best fits. */
    static final int CANDIDATES = 100;
    static final int WORDS = 6;

    private final ExchangePostRepository posts;
    private final ExchangeInterestRepository interests;
    private final Cards cards;
    private final Clock clock;

    Board(ExchangePostRepository posts, ExchangeInterestRepository interests, Cards cards, Clock clock) {
        this.posts = posts;
        this.interests = interests;
        this.cards = cards;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PostCard> search(BoardFilter filter, int offset, int limit) {
        return cards.of(posts.board(clock.instant(), filter.kind(), filter.area(), filter.arrangement(),
                SearchText.like(filter.words()), PageRequest.of(offset / Math.max(limit, 1), Math.max(limit, 1))));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count(BoardFilter filter) {
        return posts.countBoard(clock.instant(), filter.kind(), filter.area(), filter.arrangement(),
                SearchText.like(filter.words()));
    }

    /**
     * Live needs and offers of other organisations that fit a profile: in one of its technology areas, those that
     * share most of its words first, then the newest. Only the board's own public text is compared, and the
     * profile is the caller's own organisation's, so nothing confidential crosses organisations.
     */
    @Transactional(readOnly = true)
    public List<PostMatch> fitting(long organisation, Collection<TechnologyArea> areas, String profileText, int limit) {
        if (areas.isEmpty() || limit <= 0) {
            return List.of();
        }
        List<ExchangePost> candidates = posts.liveInAreas(clock.instant(), areas, organisation,
                PageRequest.of(0, CANDIDATES));
        Set<String> stems = SearchTerms.stems(profileText);
        record Scored(ExchangePost post, List<String> words) {
        }
        List<Scored> best = candidates.stream()
                .map(p -> new Scored(p, SearchTerms.shared(p.title + " " + p.summary, stems, WORDS)))
                .sorted(Comparator.comparingInt((Scored s) -> s.words().size()).reversed()) // stable: newest first within
                .limit(limit).toList();
        List<PostCard> shown = cards.of(best.stream().map(Scored::post).toList());
        return IntStream.range(0, best.size())
                .mapToObj(i -> new PostMatch(shown.get(i), best.get(i).words())).toList();
    }

    /** A post's page as this member may see it; an unknown post, or one they may not see, is "not found". */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public PostDetail post(long postId) {
        Instant now = clock.instant();
        ExchangePost post = posts.findById(postId).orElseThrow(Board::notFound);
        boolean own = Members.of(post.organisationId);
        if (own) {
            List<ExchangeInterest> received = interests.onPost(postId);
            var names = cards.names(received.stream().map(i -> i.organisationId).distinct().toList());
            var contacts = cards.contacts(received.stream().filter(i -> i.status == InterestStatus.ACCEPTED).toList());
            List<InterestView> views = received.stream().map(i -> new InterestView(i.getId(), i.postId, post.title,
                    i.organisationId, names.getOrDefault(i.organisationId, ""), i.note, i.status, i.createdAt,
                    contacts.get(i.getId()))).toList();
            return new PostDetail(cards.of(post), true, false, views, null, null);
        }
        Long organisation = CurrentUser.require().organisationId();
        ExchangeInterest mine = organisation == null ? null
                : interests.findByPostIdAndOrganisationId(postId, organisation).orElse(null);
        if (mine == null && !post.live(now)) {
            throw notFound();
        }
        boolean accepted = mine != null && mine.status == InterestStatus.ACCEPTED;
        Contact owner = accepted ? cards.contact(post.authorUserId, post.organisationId).orElse(null) : null;
        boolean mayExpress = mine == null && post.live(now) && Members.mayAct();
        PostCard card = cards.of(post);
        InterestView ours = mine == null ? null : new InterestView(mine.getId(), postId, post.title, post.organisationId,
                card.organisationName(), mine.note, mine.status, mine.createdAt, owner);
        return new PostDetail(card, false, mayExpress, List.of(), ours, owner);
    }

    /** An interest as the owner sees it: the interested organisation's contact once the owner accepted it. */
    InterestView view(ExchangeInterest i, String postTitle, String organisationName) {
        Contact contact = i.status == InterestStatus.ACCEPTED ? cards.contact(i.userId, i.organisationId).orElse(null) : null;
        return new InterestView(i.getId(), i.postId, postTitle, i.organisationId, organisationName, i.note, i.status,
                i.createdAt, contact);
    }

    static UserFacingException notFound() {
        return new UserFacingException("error.notFound");
    }
}
