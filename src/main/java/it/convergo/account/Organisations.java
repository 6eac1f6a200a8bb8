package it.convergo.account;

import it.convergo.base.SearchText;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other features may know about organisations (names, types), read without touching the account tables
 * from their own queries. Lists come in one query, never one per row. Callers check their own users' rights.
 */
@Service
public class Organisations {

    private final OrganisationRepository organisations;
    private final UserRepository users;

    Organisations(OrganisationRepository organisations, UserRepository users) {
        this.organisations = organisations;
        this.users = users;
    }

    /** The name of an organisation, empty for an unknown id. */
    @Transactional(readOnly = true)
    public Optional<String> name(long id) {
        return organisations.findById(id).map(Organisation::getName);
    }

    /** Names by id, in one query; unknown ids are left out. */
    @Transactional(readOnly = true)
    public Map<Long, String> names(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : organisations.refs(ids).stream()
                .collect(Collectors.toMap(OrganisationRef::id, OrganisationRef::name));
    }

    /** What a selection's quotas look at: the organisation's type and region (null when not given). */
    public record Facts(long id, OrganisationType type, Region region) {
    }

    /** Type and region by id, in one query; unknown ids are left out. */
    @Transactional(readOnly = true)
    public Map<Long, Facts> facts(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : organisations.facts(ids).stream().collect(Collectors.toMap(Facts::id, f -> f));
    }

    /** The organisation's VAT number (partita IVA), empty when unknown or not given. */
    @Transactional(readOnly = true)
    public Optional<String> vatNumber(long id) {
        return organisations.findById(id).map(Organisation::getVatNumber);
    }

    @Transactional(readOnly = true)
    public Optional<OrganisationType> type(long id) {
        return organisations.findById(id).map(Organisation::getType);
    }

    /** Organisations whose name contains the text, by name, one page, without the excluded one. */
    @Transactional(readOnly = true)
    public List<OrganisationRef> search(String search, long excludedId, Pageable pageable) {
        return organisations.refsNamed(SearchText.like(search), excludedId, pageable);
    }

    /** The organisation with exactly this name (the first one if several share it). */
    @Transactional(readOnly = true)
    public Optional<Long> idNamed(String name) {
        return organisations.findByName(name).stream().findFirst().map(Organisation::getId);
    }

    /** The organisation registered with this VAT number ("IT02145670127" or, Italian by default, "02145670127"). */
    @Transactional(readOnly = true)
    public Optional<OrganisationRef> byVat(String vat) {
        String v = compact(vat);
        String country = countryOf(v);
        return organisations.findByCountryAndVatNumber(country, VatNumbers.normalise(country, v))
                .map(o -> new OrganisationRef(o.getId(), o.getName()));
    }

    /** The organisation of the active account with this address, if it has one. */
    @Transactional(readOnly = true)
    public Optional<OrganisationRef> ofMember(String email) {
        return users.findByEmail(AccountService.normaliseEmail(email)).filter(u -> !u.isDisabled())
                .map(UserAccount::getOrganisation).map(o -> new OrganisationRef(o.getId(), o.getName()));
    }

    /** The VAT number's problem as a translation key, null when valid (Italian unless it starts with a country). */
    public static String vatProblem(String vat) {
        String v = compact(vat);
        String country = countryOf(v);
        return VatNumbers.problem(country, v);
    }

    private static String compact(String vat) {
        return vat == null ? "" : vat.replaceAll("[\\s.\\-]", "").toUpperCase(java.util.Locale.ROOT);
    }

    private static String countryOf(String compactVat) {
        return compactVat.length() > 2 && Character.isLetter(compactVat.charAt(0)) && Character.isLetter(compactVat.charAt(1))
                ? compactVat.substring(0, 2) : "IT";
    }
}
