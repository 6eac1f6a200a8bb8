package it.convergo.account;

import it.convergo.base.PersonalDataSource;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of processing activities (GDPR article 30) for the administrator: one activity per feature that
 * keeps personal data, as each feature's {@link PersonalDataSource} describes it, so a new feature with personal
 * data appears here by the same class that exports and erases it.
 */
@Service
public class ProcessingRegister {

    private final List<PersonalDataSource> sources;

    ProcessingRegister(List<PersonalDataSource> sources) {
        this.sources = sources;
    }

    /** Every feature's activity, in a stable order, with the figures of what is configured now. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<PersonalDataSource.Processing> activities() {
        return sources.stream().sorted(Comparator.comparing(PersonalDataSource::part))
                .map(PersonalDataSource::processing).toList();
    }
}
