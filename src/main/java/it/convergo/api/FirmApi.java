package it.convergo.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.convergo.challenge.ChallengeRow;
import it.convergo.challenge.FirmChallenges;
import it.convergo.proposal.FirmProposals;
import it.convergo.proposal.ProposalRow;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A firm manager's challenges and, once a challenge has closed, its submitted proposals. */
@RestController
@RequestMapping("/api/firm/challenges")
@Tag(name = "Firm", description = "For firm managers")
@SecurityRequirement(name = ApiDocs.BEARER)
class FirmApi {

    private final FirmChallenges challenges;
    private final FirmProposals proposals;

    FirmApi(FirmChallenges challenges, FirmProposals proposals) {
        this.challenges = challenges;
        this.proposals = proposals;
    }

    @GetMapping
    @Operation(summary = "The firm's challenges, most recently changed first")
    List<ChallengeRow> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return challenges.mine(null, null, ApiPages.of(page, size));
    }

    @GetMapping("/{id}/proposals")
    @Operation(summary = "The submitted proposals of one of the firm's challenges, after it closed")
    List<ProposalRow> proposals(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
                                @RequestParam(defaultValue = "20") int size) {
        return proposals.forFirm(id, ApiPages.of(page, size));
    }
}
