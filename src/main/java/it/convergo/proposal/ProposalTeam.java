package it.convergo.proposal;

import it.convergo.base.BaseUrl;
import it.convergo.account.AccountPrincipal;
import it.convergo.account.AccountService;
import it.convergo.account.CurrentUser;
import it.convergo.account.People;
import it.convergo.account.Recipient;
import it.convergo.audit.AuditLog;
import it.convergo.base.Times;
import it.convergo.base.UserFacingException;
import it.convergo.base.i18n.Translations;
import it.convergo.notification.MailService;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team of a proposal: colleagues of the organisation see it anyway; the lead invites others by e-mail,
 * who can then edit the draft (but not submit). Only the lead invites and removes, until the deadline.
 */
@Service
public class ProposalTeam {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

    private final ProposalMemberRepository members;
    private final ApplicantAccess access;
    private final People people;
    private final MailService mail;
    private final AuditLog audit;
    private final Clock clock;
    private final String baseUrl;

    ProposalTeam(ProposalMemberRepository members, ApplicantAccess access, People people, MailService mail,
                 AuditLog audit, Clock clock, @Value("${convergo.base-url}") String baseUrl) {
        this.members = members;
        this.access = access;
        this.people = people;
        this.mail = mail;
        this.audit = audit;
        this.clock = clock;
        this.baseUrl = BaseUrl.trimmed(baseUrl);
    }

    /** Team members invited by e-mail (colleagues of the organisation see the proposal anyway). */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional(readOnly = true)
    public List<String> members(long id) {
        access.mine(id);
        return members.findByProposalIdOrderByEmail(id).stream().map(m -> m.email).toList();
    }

    /** The lead invites a team member by e-mail, who can then edit the draft (but not submit). */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public void invite(long id, String email) {
        Proposal p = access.editable(id);
        access.requireLead(p);
        String address = AccountService.normaliseEmail(email);
        if (address.length() > ProposalLimits.EMAIL || !EMAIL.matcher(address).matches()) {
            throw new UserFacingException("proposal.error.email");
        }
        if (members.existsByProposalIdAndEmail(id, address)) {
            return;
        }
        if (members.countByProposalId(id) >= ProposalLimits.MEMBERS) {
            throw new UserFacingException("proposal.error.tooManyMembers", ProposalLimits.MEMBERS);
        }
        AccountPrincipal user = CurrentUser.require();
        members.save(new ProposalMember(id, address, user.userId(), clock.instant()));
        Locale locale = people.byEmail(List.of(address)).stream().findFirst().map(Recipient::locale)
                .orElse(Translations.ITALIAN);
        mail.send(address, locale, "proposalInvitation", user.fullName(), p.challengeTitle, baseUrl + "/proposals/" + id,
                Times.format(p.challengeClosesAt, locale));
        audit.record("proposal.memberInvited", p.subject(), address);
    }

    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public void removeMember(long id, String email) {
        Proposal p = access.editable(id);
        access.requireLead(p);
        members.findByProposalIdAndEmail(id, AccountService.normaliseEmail(email)).ifPresent(m -> {
            members.delete(m);
            audit.record("proposal.memberRemoved", p.subject(), m.email);
        });
    }
}
