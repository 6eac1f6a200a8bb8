package it.convergo.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.convergo.base.UserFacingException;
import it.convergo.proposal.MyProposals;
import it.convergo.proposal.ProposalDrafts;
import it.convergo.proposal.ProposalOverview;
import it.convergo.proposal.ProposalRow;
import it.convergo.proposal.ProposalSubmissions;
import it.convergo.proposal.SubmissionInfo;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** An applicant's proposals, through the same services as "My proposals", with the same rules and receipts. */
@RestController
@RequestMapping("/api/my/proposals")
@Tag(name = "My proposals", description = "For applicants")
@SecurityRequirement(name = ApiDocs.BEARER)
class MyProposalsApi {

    private final MyProposals mine;
    private final ProposalDrafts drafts;
    private final ProposalSubmissions submissions;

    MyProposalsApi(MyProposals mine, ProposalDrafts drafts, ProposalSubmissions submissions) {
        this.mine = mine;
        this.drafts = drafts;
        this.submissions = submissions;
    }

    @GetMapping
    @Operation(summary = "My organisation's proposals and those I was invited to, newest first")
    List<ProposalRow> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return mine.mine(ApiPages.of(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "State, deadline, lead, last save and last submission of one proposal; "
            + "version is what submitting expects")
    ProposalOverview one(@PathVariable long id) {
        return drafts.overview(id);
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Submits the working copy (lead only, before the deadline) and answers the receipt's data")
    SubmissionInfo submit(@PathVariable long id, @RequestBody Submit body) {
        if (body == null || body.version() == null) {
            throw new UserFacingException("api.error.version");
        }
        return submissions.submit(id, body.version());
    }

    /** The version of the proposal the caller read (from GET /api/my/proposals/{id}); a newer one is refused. */
    record Submit(Long version) {
    }
}
