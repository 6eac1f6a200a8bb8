package it.convergo.account;

import it.convergo.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A start-up, SME, university, lab or lead firm. Italian ones are identified by their P.IVA. */
@Entity
@Table(name = "organisation")
public class Organisation extends AbstractEntity {

    @Column(nullable = false, length = AccountLimits.ORGANISATION_NAME)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private OrganisationType type;

    /** ISO 3166-1 alpha-2, "IT" for Italy. */
    @Column(nullable = false, length = 2)
    private String country;

    /** The Italian P.IVA (11 digits) or the foreign VAT id, normalised, unique per country. */
    @Column(name = "vat_number", nullable = false, length = 30)
    private String vatNumber;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Region region;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private OrganisationSize size;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Organisation() {
    }

    public Organisation(String name, OrganisationType type, String country, String vatNumber, Region region,
                        OrganisationSize size, Instant createdAt) {
        this.name = name;
        this.type = type;
        this.country = country;
        this.vatNumber = vatNumber;
        this.region = region;
        this.size = size;
        this.createdAt = createdAt;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OrganisationType getType() {
        return type;
    }

    public void setType(OrganisationType type) {
        this.type = type;
    }

    public String getCountry() {
        return country;
    }

    public String getVatNumber() {
        return vatNumber;
    }

    public Region getRegion() {
        return region;
    }

    public void setRegion(Region region) {
        this.region = region;
    }

    public OrganisationSize getSize() {
        return size;
    }

    public void setSize(OrganisationSize size) {
        this.size = size;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
