package it.convergo.network.exchange;

import it.convergo.account.AccountPrincipal;
import it.convergo.account.AccountService;
import it.convergo.account.Recipient;
import it.convergo.audit.AuditLog;
import it.convergo.base.BaseUrl;
import it.convergo.base.UserFacingException;
import it.convergo.challenge.ChallengeDates;
import it.convergo.challenge.KeyDates;
import it.convergo.network.Complements;
import it.convergo.network.NetworkLimits;
import it.convergo.notification.MailService;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consortium building: an applicant asks an organisation open to partnering to team up for a challenge it may apply
 * to; the other side accepts, which reveals the contacts both ways and tells the asking side, or ignores it, which
 * tells nobody. One request per pair and challenge (asking again returns the first), and a cap per challenge so the
 * feature cannot be used to mail the whole network.
 */
@Service
public class PartnerRequests {

    private final PartnerRequestRepository requests;
    private final Complements complements;
    private final KeyDates challenges;
    private final Cards cards;
    private final AccountService accounts;
    private final MailService mail;
    private final AuditLog audit;
    private final Clock clock;
    private final String baseUrl;

    PartnerRequests(PartnerRequestRepository requests, Complements complements, KeyDates challenges, Cards cards,
                    AccountService accounts, MailService mail, AuditLog audit, Clock clock,
                    @Value("${convergo.base-url}") String baseUrl) {
        this.requests = requests;
        this.complements = complements;
        this.challenges = challenges;
        this.cards = cards;
        this.accounts = accounts;
        this.mail = mail;
        this.audit = audit;
        this.clock = clock;
        this.baseUrl = BaseUrl.trimmed(baseUrl);
    }

    /**
     * Asks the organisation to team up with mine for the challenge, and tells its members. The challenge must be open
     * and visible to me, the organisation listed and open to partnering; anything else is refused and changes nothing.
     */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public long send(long challengeId, long toOrganisation, String message) {
        AccountPrincipal me = Members.member();
        long mine = complements.openChallengeForMe(challengeId);
        String text = message == null ? "" : message.strip();
        if (text.length() > NetworkLimits.PARTNER_MESSAGE) {
            throw new UserFacingException("network.error.tooLong", NetworkLimits.PARTNER_MESSAGE);
        }
        if (toOrganisation == mine) {
            throw new UserFacingException("consortium.error.own");
        }
        var existing = requests.findByChallengeIdAndFromOrganisationIdAndToOrganisationId(challengeId, mine, toOrganisation);
        if (existing.isPresent()) {
            return existing.get().getId(); // a double click, or a colleague's request: the first stands
        }
        if (!complements.isOpenToPartnering(toOrganisation)) {
            throw new UserFacingException("consortium.error.notOpen");
        }
        if (requests.countByChallengeIdAndFromOrganisationId(challengeId, mine) >= NetworkLimits.PARTNER_REQUESTS) {
            throw new UserFacingException("consortium.error.tooMany", NetworkLimits.PARTNER_REQUESTS);
        }
        PartnerRequest request;
        try {
            request = requests.saveAndFlush(new PartnerRequest(challengeId, mine, me.userId(), toOrganisation,
                    text.isEmpty() ? null : text, clock.instant()));
        } catch (DataIntegrityViolationException race) {
            throw new UserFacingException("consortium.error.alreadySent");
        }
        String from = cards.name(mine);
        String title = title(challengeId);
        for (Recipient r : cards.recipients(null, toOrganisation)) {
            mail.send(r.email(), r.locale(), "consortium.request", r.fullName(), from, title, text.isEmpty() ? "-" : text,
                    baseUrl + "/network/requests");
        }
        audit.record("consortium.requested", subject(request),
                "challenge:" + challengeId + " organisation:" + toOrganisation);
        return request.getId();
    }

    /**
     * The asked side's answer. Accepting reveals the contacts both ways and tells the asking side; it may follow an
     * earlier "ignore". Ignoring tells nobody. Only the asked organisation answers; an accepted request stays so.
     */
    @PreAuthorize("hasAnyRole('APPLICANT', 'FIRM_MANAGER')")
    @Transactional
    public void answer(long requestId, boolean accept) {
        AccountPrincipal me = Members.member();
        PartnerRequest request = requests.findById(requestId)
                .filter(r -> r.toOrganisationId == me.organisationId()).orElseThrow(Board::notFound);
        PartnerRequestStatus answer = accept ? PartnerRequestStatus.ACCEPTED : PartnerRequestStatus.IGNORED;
        if (request.status == answer) {
            return; // a double click
        }
        if (request.status == PartnerRequestStatus.ACCEPTED) {
            throw new UserFacingException("consortium.error.accepted");
        }
        request.status = answer;
        request.answeredAt = clock.instant();
        request.answeredByUserId = me.userId();
        if (accept) {
            String name = cards.name(request.toOrganisationId);
            Contact contact = cards.contact(me.userId(), request.toOrganisationId).orElse(new Contact(name, ""));
            for (Recipient r : cards.recipients(request.fromUserId, request.fromOrganisationId)) {
                mail.send(r.email(), r.locale(), "consortium.accepted", r.fullName(), name, title(request.challengeId),
                        contact.name(), contact.email(), baseUrl + "/network/requests");
            }
        }
        audit.record(accept ? "consortium.accepted" : "consortium.ignored", subject(request), null);
    }

    /** One page of the requests my organisation received, newest first; the asking side's contact once accepted. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PartnerRequestView> received(int offset, int limit) {
        int size = Math.max(limit, 1);
        return views(requests.received(Members.organisation(), PageRequest.of(offset / size, size)), true);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long countReceived() {
        return requests.countByToOrganisationId(Members.organisation());
    }

    /** How many requests wait for my organisation's answer (for the home page). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long countWaiting() {
        return requests.countByToOrganisationIdAndStatus(Members.organisation(), PartnerRequestStatus.PENDING);
    }

    /** One page of the requests my organisation sent, newest first; an ignored one reads as waiting. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PartnerRequestView> sent(int offset, int limit) {
        int size = Math.max(limit, 1);
        return views(requests.sent(Members.organisation(), PageRequest.of(offset / size, size)), false);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long countSent() {
        return requests.countByFromOrganisationId(Members.organisation());
    }

    /** What my organisation asked of whom for this challenge, by the asked organisation (to mark the suggestions). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, PartnerRequestView> sentFor(long challengeId) {
        return views(requests.sentFor(Members.organisation(), challengeId), false).stream()
                .collect(Collectors.toMap(PartnerRequestView::otherOrganisationId, Function.identity()));
    }

    /** A page of requests as one side sees them: names, challenges and contacts each read in one query. */
    private List<PartnerRequestView> views(List<PartnerRequest> page, boolean received) {
        Map<Long, ChallengeDates> byChallenge = challenges.of(page.stream().map(r -> r.challengeId).distinct().toList())
                .stream().collect(Collectors.toMap(ChallengeDates::id, Function.identity()));
        Map<Long, String> names = cards.names(page.stream()
                .map(r -> received ? r.fromOrganisationId : r.toOrganisationId).distinct().toList());
        Map<Long, Recipient> people = accounts.recipients(page.stream()
                .filter(r -> r.status == PartnerRequestStatus.ACCEPTED)
                .map(r -> received ? r.fromUserId : r.answeredByUserId).filter(Objects::nonNull).distinct().toList())
                .stream().collect(Collectors.toMap(Recipient::userId, Function.identity()));
        return page.stream().map(r -> {
            long other = received ? r.fromOrganisationId : r.toOrganisationId;
            ChallengeDates c = byChallenge.get(r.challengeId);
            Contact contact = null;
            if (r.status == PartnerRequestStatus.ACCEPTED) {
                Long person = received ? r.fromUserId : r.answeredByUserId;
                Recipient known = person == null ? null : people.get(person);
                // the person is gone (erased): another member of their organisation is the contact
                contact = known != null ? new Contact(known.fullName(), known.email())
                        : cards.contact(null, other).orElse(null);
            }
            PartnerRequestStatus shown = !received && r.status == PartnerRequestStatus.IGNORED
                    ? PartnerRequestStatus.PENDING : r.status;
            return new PartnerRequestView(r.getId(), received, r.challengeId, c == null ? "" : c.slug(),
                    c == null ? "" : c.title(), other, names.getOrDefault(other, ""), r.message, shown, r.createdAt,
                    contact);
        }).toList();
    }

    private String title(long challengeId) {
        return challenges.of(List.of(challengeId)).stream().findFirst().map(ChallengeDates::title).orElse("");
    }

    private static String subject(PartnerRequest r) {
        return "partnerRequest:" + r.getId();
    }
}
