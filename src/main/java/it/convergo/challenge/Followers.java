package it.convergo.challenge;

import it.convergo.account.AccountPrincipal;
import it.convergo.account.CurrentUser;
import java.time.Clock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Signed-in users follow a challenge to be mailed when its deadline moves or the FAQ grows. */
@Service
public class Followers {

    private final FollowerRepository followers;
    private final ChallengeGuard guard;
    private final Clock clock;

    Followers(FollowerRepository followers, ChallengeGuard guard, Clock clock) {
        this.followers = followers;
        this.guard = guard;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void follow(long challengeId) {
        AccountPrincipal user = CurrentUser.require();
        guard.visible(challengeId);
        if (followers.findByChallengeIdAndUserId(challengeId, user.userId()).isEmpty()) {
            followers.save(new Follower(challengeId, user.userId(), clock.instant()));
        }
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void unfollow(long challengeId) {
        followers.findByChallengeIdAndUserId(challengeId, CurrentUser.require().userId()).ifPresent(followers::delete);
    }

    @Transactional(readOnly = true)
    public boolean isFollowing(long challengeId) {
        return CurrentUser.get().map(u -> followers.findByChallengeIdAndUserId(challengeId, u.userId()).isPresent())
                .orElse(false);
    }
}
