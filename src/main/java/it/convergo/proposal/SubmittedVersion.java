package it.convergo.proposal;

import it.convergo.base.TechnologyArea;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One submitted version of a proposal exactly as its applicant sent it: every field, every answer (labelled in
 * the reader's language), the attached files, and the version's number, time and content hash. {@code budget} is null when none was given.
 */
public record SubmittedVersion(int number, Instant submittedAt, String contentHash, String title, String acronym,
                               String abstractText, String teamText, BigDecimal budget, String budgetText,
                               int trlNow, int trlTarget, Set<TechnologyArea> areas, List<ProposalContent.Answer> answers,
                               List<ProposalContent.FileInfo> files) {
}
