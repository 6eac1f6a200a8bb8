package it.convergo.evaluation.vote;

import it.convergo.account.AccountPrincipal;
import it.convergo.account.CurrentUser;
import it.convergo.account.Role;
import it.convergo.audit.AuditLog;
import it.convergo.base.UserFacingException;
import it.convergo.challenge.Challenges;
import it.convergo.proposal.SubmittedProposals;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant's consent: a proposal admitted to the audience award is shown to voters only if a member of the
 * applicant organisation opts in with a title and a short summary written for the public; the proposal's own
 * content is never shown. The choice can be changed until the vote opens.
 */
@Service
public class PrizeVoteEntries {

    private final VoteEntryRepository entries;
    private final PrizeVoteRepository votes;
    private final SubmittedProposals proposals;
    private final Challenges challenges;
    private final AuditLog audit;
    private final Clock clock;

    PrizeVoteEntries(VoteEntryRepository entries, PrizeVoteRepository votes, SubmittedProposals proposals,
                     Challenges challenges, AuditLog audit, Clock clock) {
        this.entries = entries;
        this.votes = votes;
        this.proposals = proposals;
        this.challenges = challenges;
        this.audit = audit;
        this.clock = clock;
    }

    /** The proposal's entry for a member of its organisation; empty when the firm did not admit it. */
    @Transactional(readOnly = true)
    public Optional<EntryView> mine(long proposalId) {
        return entries.findByProposalId(proposalId).map(e -> {
            requireMember(e);
            PrizeVote v = votes.findById(e.voteId).orElseThrow();
            return new EntryView(proposalId, e.getVersion(), v.prizeName, challenges.view(v.challengeId).title(),
                    proposals.summary(proposalId).title(), v.opensAt, v.closesAt, v.status, e.optedIn,
                    e.publicTitle, e.publicSummary, editable(v));
        });
    }

    /** Opts in (or changes the texts) before the vote opens. */
    @Transactional
    public void optIn(long proposalId, String title, String summary, long expectedVersion) {
        VoteEntry e = editableEntry(proposalId, expectedVersion);
        String t = title == null ? "" : title.strip();
        String s = summary == null ? "" : summary.strip();
        if (t.isEmpty() || s.isEmpty()) {
            throw new UserFacingException("vote.error.publicTextRequired");
        }
        if (t.length() > VoteSettings.PUBLIC_TITLE || s.length() > VoteSettings.PUBLIC_SUMMARY) {
            throw new UserFacingException("vote.error.publicTextTooLong", VoteSettings.PUBLIC_TITLE, VoteSettings.PUBLIC_SUMMARY);
        }
        e.publicTitle = t;
        e.publicSummary = s;
        if (!e.optedIn) {
            audit.record("vote.optedIn", "proposal:" + proposalId, t);
        }
        e.optedIn = true;
        e.optedInBy = CurrentUser.require().userId();
        e.optedInAt = clock.instant();
        entries.saveAndFlush(e);
    }

    /** Withdraws the consent before the vote opens: voters will not see the proposal. */
    @Transactional
    public void optOut(long proposalId, long expectedVersion) {
        VoteEntry e = editableEntry(proposalId, expectedVersion);
        if (e.optedIn) {
            audit.record("vote.optedOut", "proposal:" + proposalId, null);
        }
        e.optedIn = false;
        e.optedInBy = null;
        e.optedInAt = null;
        entries.saveAndFlush(e);
    }

    private VoteEntry editableEntry(long proposalId, long expectedVersion) {
        VoteEntry e = entries.findByProposalId(proposalId).orElseThrow(() -> new UserFacingException("error.notFound"));
        requireMember(e);
        if (e.getVersion() != expectedVersion) {
            throw new UserFacingException("error.concurrentEdit");
        }
        if (!editable(votes.findById(e.voteId).orElseThrow())) {
            throw new UserFacingException("vote.error.entryLocked");
        }
        return e;
    }

    private boolean editable(PrizeVote v) {
        return v.status == VoteStatus.SCHEDULED && clock.instant().isBefore(v.opensAt);
    }

    private static void requireMember(VoteEntry e) {
        AccountPrincipal user = CurrentUser.require();
        if (!user.has(Role.APPLICANT) || user.organisationId() == null || user.organisationId() != e.organisationId) {
            throw new UserFacingException("error.notFound");
        }
    }
}
