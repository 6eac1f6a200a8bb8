package it.convergo.network;

import it.convergo.base.BaseUrl;
import it.convergo.account.AccountService;
import it.convergo.account.ConsentPurpose;
import it.convergo.account.Consents;
import it.convergo.account.Recipient;
import it.convergo.account.Role;
import it.convergo.audit.AuditLog;
import it.convergo.base.UserFacingException;
import it.convergo.challenge.ChallengeDraft;
import it.convergo.challenge.ChallengeEditor;
import it.convergo.challenge.ChallengeLocks;
import it.convergo.challenge.ChallengeStatus;
import it.convergo.challenge.ChallengeView;
import it.convergo.challenge.Challenges;
import it.convergo.challenge.Visibility;
import it.convergo.notification.MailService;
import java.util.Collection;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One click from a match to an invitation. An invite-only challenge gets the organisation on its invitation
 * list, through the challenge editor as if the firm had added it there; a public one sends a plain "you may be
 * interested" mail, an optional one that only members who consent to such mails receive. Mails go through the
 * outbox, in this transaction.
 */
@Service
public class Invitations {

    private final ChallengeEditor editor;
    private final ChallengeLocks locks;
    private final Challenges challenges;
    private final InnovatorProfileRepository profiles;
    private final AccountService accounts;
    private final MailService mail;
    private final AuditLog audit;
    private final Consents consents;
    private final String baseUrl;

    Invitations(ChallengeEditor editor, ChallengeLocks locks, Challenges challenges, InnovatorProfileRepository profiles,
                AccountService accounts, MailService mail, AuditLog audit, Consents consents,
                @Value("${convergo.base-url}") String baseUrl) {
        this.consents = consents;
        this.editor = editor;
        this.locks = locks;
        this.challenges = challenges;
        this.profiles = profiles;
        this.accounts = accounts;
        this.mail = mail;
        this.audit = audit;
        this.baseUrl = BaseUrl.trimmed(baseUrl);
    }

    /** Invites a listed organisation to the firm's challenge; an organisation invited already is not mailed again. */
    @PreAuthorize("hasAnyRole('FIRM_MANAGER', 'ADMIN')")
    @Transactional
    public void invite(long challengeId, long organisationId) {
        ChallengeDraft draft = editor.draft(challengeId);
        InnovatorProfile profile = profiles.findByOrganisationId(organisationId).filter(p -> p.listed)
                .orElseThrow(() -> new UserFacingException("error.notFound"));
        ChallengeView challenge = challenges.view(challengeId);
        String template;
        if (draft.getVisibility() == Visibility.INVITE_ONLY) {
            if (!draft.getInvitedOrganisations().add(organisationId)) {
                return;
            }
            editor.save(draft);
            template = "network.invited";
        } else {
            if (challenge.status() != ChallengeStatus.SCHEDULED && challenge.status() != ChallengeStatus.OPEN) {
                throw new UserFacingException("network.error.notLive");
            }
            template = "network.interest";
        }
        String link = baseUrl + "/challenges/" + challenge.slug();
        for (Recipient r : accounts.membersOf(organisationId, Role.APPLICANT)) {
            if (template.equals("network.invited")) {
                mail.send(r.email(), r.locale(), template, r.fullName(), challenge.title(), challenge.firmName(), link);
            } else if (consents.allows(r.userId(), ConsentPurpose.MARKETING_EMAILS)) {
                // "you may be interested" is optional: only with consent, and with a one-click way out
                mail.send(r.email(), r.locale(), template, r.fullName(), challenge.title(), challenge.firmName(), link,
                        consents.unsubscribeLink(r.userId(), ConsentPurpose.MARKETING_EMAILS));
            }
        }
        audit.record(template, "challenge:" + challengeId, "organisation:" + profile.organisationId);
    }

    /**
     * Puts organisations on an invite-only challenge's list in one save and mails the applicants of each one added
     * now (those already on the list are skipped, so a repeated call mails nobody twice; two at once meet the
     * challenge's version). The editor checks that the challenge is the firm's own. Returns how many were added.
     */
    @PreAuthorize("hasAnyRole('FIRM_MANAGER', 'ADMIN')")
    @Transactional
    public int inviteAll(long challengeId, Collection<Long> organisationIds) {
        locks.lockForChange(challengeId);
        ChallengeDraft draft = editor.draft(challengeId);
        if (draft.getVisibility() != Visibility.INVITE_ONLY) {
            throw new UserFacingException("import.org.error.notInviteOnly");
        }
        List<Long> added = organisationIds.stream().filter(id -> draft.getInvitedOrganisations().add(id)).toList();
        if (added.isEmpty()) {
            return 0;
        }
        editor.save(draft);
        ChallengeView challenge = challenges.view(challengeId);
        String link = baseUrl + "/challenges/" + challenge.slug();
        for (long organisationId : added) {
            for (Recipient r : accounts.membersOf(organisationId, Role.APPLICANT)) {
                mail.send(r.email(), r.locale(), "network.invited", r.fullName(), challenge.title(), challenge.firmName(), link);
            }
            audit.record("network.invited", "challenge:" + challengeId, "organisation:" + organisationId);
        }
        return added.size();
    }
}
