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

    /**
     * The contact of each interest's author by interest id, their accounts read in one query; an interest whose
     * author is gone falls back to a member of its organisation.
     */
    Map<Long, Contact> contacts(List<ExchangeInterest> interests) {
        Map<Long, Recipient> authors = accounts.recipients(interests.stream().map(i -> i.userId)
                .filter(java.util.Objects::nonNull).distinct().toList()).stream()
                .collect(java.util.stream.Collectors.toMap(Recipient::userId, r -> r));
        Map<Long, Contact> contacts = new java.util.HashMap<>();
        for (ExchangeInterest i : interests) {
            Recipient author = i.userId == null ? null : authors.get(i.userId);
            Optional<Contact> contact = author != null ? Optional.of(new Contact(author.fullName(), author.email()))
                    : contact(null, i.organisationId);
            contact.ifPresent(c -> contacts.put(i.getId(), c));
        }
        return contacts;
    }

    Optional<Contact> contact(Long authorUserId, long organisationId) {
        return recipients(authorUserId, organisationId).stream().findFirst().map(r -> new Contact(r.fullName(), r.email()));
    }

    private static java.util.function.Predicate<Recipient> distinctBy() {
        java.util.Set<Long> seen = new java.util.HashSet<>();
        return r -> seen.add(r.userId());
    }
}
