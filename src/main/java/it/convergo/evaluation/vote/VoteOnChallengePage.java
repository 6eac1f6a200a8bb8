package it.convergo.evaluation.vote;

import it.convergo.base.Times;
import it.convergo.base.i18n.Translations;
import it.convergo.challenge.ChallengePageNotice;
import it.convergo.challenge.Challenges;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The audience award on the challenge's public page: when the vote runs, then its published results. */
@Component
class VoteOnChallengePage implements ChallengePageNotice {

    private final PrizeVoteRepository votes;
    private final VoteCount count;
    private final Challenges challenges;
    private final Translations translations;
    private final Clock clock;

    VoteOnChallengePage(PrizeVoteRepository votes, VoteCount count, Challenges challenges, Translations translations,
                        Clock clock) {
        this.votes = votes;
        this.count = count;
        this.challenges = challenges;
        this.translations = translations;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Notice> notice(long challengeId, Locale locale) {
        return votes.findByChallengeId(challengeId).map(vote -> {
            String href = "vote/" + challenges.view(challengeId).slug();
            List<String> lines = new ArrayList<>();
            Optional<VoteResults> results = count.results(vote);
            if (results.isPresent()) {
                lines.add(translations.get("vote.page.resultsIntro", locale, results.get().ballots()));
                results.get().rows().stream().limit(10).forEach(r -> lines.add(translations.get(
                        r.tied() ? "vote.results.rowTied" : "vote.results.row", locale, r.rank(), r.title(),
                        translations.get("vote.results.votes", locale, r.votes()))));
                return new Notice("vote", vote.prizeName, lines, href, translations.get("vote.page.seeResults", locale));
            }
            boolean upcoming = clock.instant().isBefore(vote.opensAt);
            lines.add(translations.get(upcoming ? "vote.page.opensOn" : "vote.page.openUntil", locale,
                    Times.format(upcoming ? vote.opensAt : vote.closesAt, locale)));
            boolean ended = !clock.instant().isBefore(vote.closesAt);
            if (ended) {
                lines.set(0, translations.get("vote.page.counting", locale));
            }
            return new Notice("vote", vote.prizeName, lines, href, translations.get("vote.page.goVote", locale));
        });
    }
}
