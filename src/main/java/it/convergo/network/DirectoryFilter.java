package it.convergo.network;

import it.convergo.account.OrganisationType;
import it.convergo.account.Region;
import it.convergo.base.TechnologyArea;
import it.convergo.challenge.Sector;

/** What a visitor asks the directory for; null means any. */
public record DirectoryFilter(String words, TechnologyArea area, Sector sector, Region region, OrganisationType type,
                              boolean partneringOnly) {

    public DirectoryFilter {
        words = words == null ? "" : words.strip();
    }

    public static DirectoryFilter all() {
        return new DirectoryFilter("", null, null, null, null, false);
    }
}
