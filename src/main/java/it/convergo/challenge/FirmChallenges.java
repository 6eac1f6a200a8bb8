package it.convergo.challenge;

import it.convergo.base.SearchText;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The firm's own challenges: its list (every challenge for admins) and each one's dashboard. */
@Service
public class FirmChallenges {

    private final ChallengeRepository challenges;
    private final ChallengeGuard guard;
    private final ProposalCounts proposals;
    private final FollowerRepository followers;
    private final ClarificationRepository clarifications;
    private final Clock clock;

    FirmChallenges(ChallengeRepository challenges, ChallengeGuard guard, ProposalCounts proposals,
                   FollowerRepository followers, ClarificationRepository clarifications, Clock clock) {
        this.challenges = challenges;
        this.guard = guard;
        this.proposals = proposals;
        this.followers = followers;
        this.clarifications = clarifications;
        this.clock = clock;
    }

    /** The firm's challenges (all challenges for admins), one page, most recently changed first unless sorted. */
    @PreAuthorize("hasAnyRole('FIRM_MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<ChallengeRow> mine(String search, ChallengeStatus status, Pageable pageable) {
        Pageable sorted = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by(Sort.Direction.DESC, "updatedAt"));
        return challenges.mine(ChallengeGuard.firmFilter(), SearchText.like(search), status, sorted);
    }

    @PreAuthorize("hasAnyRole('FIRM_MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public long countMine(String search, ChallengeStatus status) {
        return challenges.countMine(ChallengeGuard.firmFilter(), SearchText.like(search), status);
    }

    /** Counts by state, submissions per day and time left of one of the firm's challenges. */
    @PreAuthorize("hasAnyRole('FIRM_MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Dashboard dashboard(long id) {
        Challenge c = guard.owned(id);
        Instant now = clock.instant();
        Duration left = null;
        if (c.status == ChallengeStatus.OPEN && c.closesAt != null) {
            left = Duration.between(now, c.closesAt).isNegative() ? Duration.ZERO : Duration.between(now, c.closesAt);
        } else if (c.status == ChallengeStatus.SCHEDULED && c.opensAt != null) {
            left = Duration.between(now, c.closesAt);
        }
        return new Dashboard(c.getId(), c.title, c.slug, c.status, c.opensAt, c.closesAt, left, proposals.byState(id),
                proposals.perDay(id), followers.countByChallengeId(id), clarifications.countByChallengeIdAndAnsweredAtIsNull(id));
    }
}
