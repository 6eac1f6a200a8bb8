package it.convergo.network.exchange;

import it.convergo.account.AccountService;
import it.convergo.account.Organisations;
import it.convergo.account.Recipient;
import it.convergo.account.Role;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Turns rows into what screens show: the organisations' names for a whole page in one query, and the contact
 * person of a post or an interest (its author, or a member of the organisation when the author's account is gone).
 */
@Component
class Cards {

    private final Organisations organisations;
    private final AccountService accounts;
    private final Clock clock;

    Cards(Organisations organisations, AccountService accounts, Clock clock) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.clock = clock;
    }

    List<PostCard> of(List<ExchangePost> posts) {
        Map<Long, String> names = organisations.names(posts.stream().map(p -> p.organisationId).distinct().toList());
        return posts.stream().map(p -> card(p, names.getOrDefault(p.organisationId, ""))).toList();
    }

    PostCard of(ExchangePost post) {
        return card(post, name(post.organisationId));
    }

    String name(long organisationId) {
        return organisations.name(organisationId).orElse("");
    }

    Map<Long, String> names(Collection<Long> organisationIds) {
        return organisations.names(organisationIds);
    }

    private PostCard card(ExchangePost p, String organisationName) {
        return new PostCard(p.getId(), p.kind, p.arrangement, p.area, p.title, p.summary, p.organisationId,
                organisationName, p.trl, p.expiresAt, p.shownStatus(clock.instant()));
    }

    /** Whom to write to for the author's organisation: the author, else its members. */
    List<Recipient> recipients(Long authorUserId, long organisationId) {
        if (authorUserId != null) {
            List<Recipient> author = accounts.recipients(List.of(authorUserId));
            if (!author.isEmpty()) {
                return author;
            }
        }
        return Stream.concat(accounts.membersOf(organisationId, Role.FIRM_MANAGER).stream(),
                accounts.membersOf(organisationId, Role.APPLICANT).stream())
                .filter(distinctBy()).toList();
    }

    Optional<Contact> contact(Long authorUserId, long organisationId) {
        return recipients(authorUserId, organisationId).stream().findFirst().map(r -> new Contact(r.fullName(), r.email()));
    }

    private static java.util.function.Predicate<Recipient> distinctBy() {
        java.util.Set<Long> seen = new java.util.HashSet<>();
        return r -> seen.add(r.userId());
    }
}
