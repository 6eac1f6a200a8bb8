package it.convergo.evaluation.scoring;

import it.convergo.audit.AuditLog;
import it.convergo.base.UserFacingException;
import it.convergo.challenge.ChallengeView;
import it.convergo.evaluation.EvaluationLimits;
import it.convergo.evaluation.panel.Assignment;
import it.convergo.evaluation.panel.Seats;
import it.convergo.evaluation.shared.EvaluationAccess;
import it.convergo.evaluation.shared.Notices;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "This proposal is not anonymous": the anonymiser removes every hidden trace of the applicant, but only a
 * reader can tell that a page's text names them. An evaluator of a blind challenge reports it, with an
 * optional note; the firm is told by e-mail and sees the reports on its evaluation page, and decides what to
 * do (the proposal is not changed).
 */
@Service
public class AnonymityReports {

    /** A report as the firm reads it; which evaluator reported stays out of it. */
    public record Report(long proposalId, String note, Instant reportedAt) {
    }

    private final EvaluationAccess access;
    private final Seats seats;
    private final AnonymityReportRepository reports;
    private final Notices notices;
    private final AuditLog audit;
    private final Clock clock;

    AnonymityReports(EvaluationAccess access, Seats seats, AnonymityReportRepository reports, Notices notices,
                     AuditLog audit, Clock clock) {
        this.access = access;
        this.seats = seats;
        this.reports = reports;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    /** Reports (or, said again, updates the note of) the signed-in evaluator's report on a proposal of a blind challenge. */
    @PreAuthorize("hasRole('EVALUATOR')")
    @Transactional
    public void report(long proposalId, String note) {
        Assignment a = seats.myCleared(proposalId);
        ChallengeView challenge = access.challenge(a.challengeId());
        if (!challenge.evaluation().blind()) {
            throw new UserFacingException("evaluation.anonymity.error.notBlind");
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > EvaluationLimits.ANONYMITY_NOTE) {
            throw new UserFacingException("evaluation.anonymity.error.noteTooLong", EvaluationLimits.ANONYMITY_NOTE);
        }
        Optional<AnonymityReport> existing = reports.findByProposalIdAndEvaluatorId(proposalId, a.evaluatorId());
        if (existing.isPresent()) {
            existing.get().note = text;
            return;
        }
        reports.save(new AnonymityReport(a.challengeId(), proposalId, a.evaluatorId(), text, clock.instant()));
        audit.record("evaluation.notAnonymous", "proposal:" + proposalId, text);
        notices.toFirm(challenge.firmId(), "notAnonymous", "evaluation/" + challenge.id(), challenge.title(),
                "#" + proposalId);
    }

    /** When the signed-in evaluator reported this proposal, if they did. */
    @PreAuthorize("hasRole('EVALUATOR')")
    @Transactional(readOnly = true)
    public Optional<Instant> myReport(long proposalId) {
        Assignment a = seats.mine(proposalId);
        return reports.findByProposalIdAndEvaluatorId(proposalId, a.evaluatorId()).map(r -> r.reportedAt);
    }

    /** Every report on the firm's challenge, oldest first. */
    @PreAuthorize("hasAnyRole('FIRM_MANAGER','ADMIN')")
    @Transactional(readOnly = true)
    public List<Report> forChallenge(long challengeId) {
        access.firmChallenge(challengeId);
        return reports.findByChallengeIdOrderByReportedAt(challengeId).stream().filter(r -> !access.hiddenFromMe(r.proposalId))
                .map(r -> new Report(r.proposalId, r.note, r.reportedAt)).toList();
    }
}
