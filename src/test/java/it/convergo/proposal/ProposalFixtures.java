package it.convergo.proposal;

import it.convergo.account.UserAccount;
import it.convergo.challenge.ChallengeFixtures;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Complete proposals for tests: started, filled so the checklist is empty, optionally submitted. */
@Component
public class ProposalFixtures {

    private final ProposalDrafts drafts;
    private final ProposalSubmissions submissions;
    private final ChallengeFixtures challenges;

    ProposalFixtures(ProposalDrafts drafts, ProposalSubmissions submissions, ChallengeFixtures challenges) {
        this.drafts = drafts;
        this.submissions = submissions;
        this.challenges = challenges;
    }

    /** Fills every field of the form of {@link ChallengeFixtures#completeDraft} and saves. */
    public ProposalDraft fill(long proposalId, String title) {
        ProposalDraft d = drafts.draft(proposalId);
        d.setTitle(title);
        d.setAcronym("ACR");
        d.setAbstractText("We will retrofit the line with low-cost vision sensors and a learning controller.");
        d.setTeamText("Two robotics engineers and a data scientist from our lab.");
        d.setBudget(new BigDecimal("48000"));
        d.setBudgetText("Sensors, a pilot cell and six months of engineering.");
        d.setTrlNow(4);
        d.setTrlTarget(6);
        d.setAreas(EnumSet.of(it.convergo.base.TechnologyArea.ROBOTICS));
        d.getAnswers().put(0, "On one line of the firm for three months, measuring scrap.");
        d.getAnswers().put(1, "Prototype");
        drafts.save(d);
        return d;
    }

    /** A new applicant's complete draft and the version to submit it at. */
    public record ReadyDraft(UserAccount user, long proposalId, long version) {
    }

    /** An open challenge and the complete drafts to it that a deadline rush submits. */
    public record Rush(long challengeId, List<ReadyDraft> drafts) {
    }

    /**
     * What every rush (benchmark, load test, kill during rush) starts from: a challenge a new firm opens, titled
     * {@code title} and a unique suffix, and complete drafts of {@code count} new applicants to it. Signed out after.
     */
    public Rush rush(String title, int count) throws Exception {
        challenges.signIn(challenges.firmManager());
        long challengeId = challenges.open(ChallengeFixtures.unique(title));
        challenges.signOut();
        return new Rush(challengeId, readyDrafts(count, challengeId));
    }

    /** Complete drafts of {@code count} new applicants, made from a few threads to keep set-up short. */
    public List<ReadyDraft> readyDrafts(int count, long challengeId) throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(4);
        try {
            List<Future<ReadyDraft>> made = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                made.add(workers.submit(() -> {
                    try {
                        UserAccount user = challenges.applicant();
                        long id = complete(user, challengeId);
                        return new ReadyDraft(user, id, drafts.draft(id).getVersion());
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            List<ReadyDraft> ready = new ArrayList<>();
            for (Future<ReadyDraft> f : made) {
                ready.add(f.get());
            }
            return ready;
        } finally {
            workers.shutdown();
        }
    }

    /** As the given applicant: starts a proposal to the open challenge and fills it in. */
    public long complete(UserAccount applicant, long challengeId) {
        challenges.signIn(applicant);
        long id = drafts.start(challengeId);
        fill(id, "Vision retrofit " + id);
        return id;
    }

    /** As the given applicant: a complete proposal, submitted. */
    public long submitted(UserAccount applicant, long challengeId) {
        long id = complete(applicant, challengeId);
        submit(id);
        return id;
    }

    /**
     * As the given applicant, signed out afterwards: an outline of a two-stage challenge in its outline stage, with
     * the outline's fields only (the first question is the outline's), submitted.
     */
    public long outline(UserAccount applicant, long challengeId) {
        challenges.signIn(applicant);
        long id = drafts.start(challengeId);
        ProposalDraft d = drafts.draft(id);
        d.setTitle("Heat outline " + id);
        d.setAcronym("HEAT");
        d.setAbstractText("Recovering kiln heat for drying.");
        d.getAnswers().put(0, "On one kiln.");
        drafts.save(d);
        submit(id);
        challenges.signOut();
        return id;
    }

    /** As the signed-in lead: submits the proposal as it stands now. */
    public SubmissionInfo submit(long proposalId) {
        return submissions.submit(proposalId, drafts.draft(proposalId).getVersion());
    }
}
