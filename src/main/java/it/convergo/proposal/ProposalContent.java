package it.convergo.proposal;

import java.util.List;

/**
 * The submitted content as a reader sees it; anonymised = no names, organisation, e-mails, team, lead.
 * {@code leadName} is the team lead's full name (the applicant who created the proposal).
 */
public record ProposalContent(ProposalSummary summary, List<Answer> answers, List<FileInfo> files,
                              String teamText, String budgetText, int trlNow, int trlTarget, String leadName) {

    public record Answer(String question, String value) {
    }

    public record FileInfo(long fileId, String fileName, long sizeBytes, int pages, String sha256, String question) {
    }
}
