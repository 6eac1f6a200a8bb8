package it.convergo.network;

import it.convergo.account.OrganisationType;
import it.convergo.account.Region;
import it.convergo.base.AbstractEntity;
import it.convergo.base.TechnologyArea;
import it.convergo.base.search.SearchAnalysis;
import it.convergo.challenge.Sector;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.RoutingBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * An organisation's profile in the network. The index holds it twice over, by who may read: the {@code public_*}
 * fields carry only what everyone may see, the {@code member_*} fields also what signed-in members may see;
 * private fields are never indexed. A profile that is not listed is not in the index at all
 * ({@link ListedProfiles}). The service re-indexes a profile on every save, so the derived fields need no
 * dependency tracking.
 */
@Entity
@Table(name = "innovator_profile")
@Indexed(index = "innovator_profile", routingBinder = @RoutingBinderRef(type = ListedProfiles.class))
class InnovatorProfile extends AbstractEntity {

    @Column(name = "organisation_id", nullable = false)
    @GenericField(projectable = Projectable.YES)
    long organisationId;

    @Column(name = "organisation_name", nullable = false, length = 200)
    @FullTextField(name = "name_it", analyzer = SearchAnalysis.ITALIAN, searchAnalyzer = SearchAnalysis.ITALIAN_QUERY)
    @FullTextField(name = "name_en", analyzer = SearchAnalysis.ENGLISH, searchAnalyzer = SearchAnalysis.ENGLISH_QUERY)
    @GenericField(name = "name_stored", projectable = Projectable.YES, searchable = Searchable.NO)
    @KeywordField(name = "name_sort", normalizer = SearchAnalysis.SORT, sortable = Sortable.YES, searchable = Searchable.NO)
    String organisationName;

    @Enumerated(EnumType.STRING)
    @Column(name = "organisation_type", length = 30)
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    OrganisationType organisationType;

    @Column(nullable = false)
    boolean listed;

    @Lob
    @Column(name = "description_it")
    String descriptionIt;
    @Lob
    @Column(name = "description_en")
    String descriptionEn;

    Integer trl;

    @Column(length = 1000)
    String capabilities;

    @Lob
    @Column(name = "references_text")
    String references;

    @Column(name = "team_size")
    Integer teamSize;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    Region region;

    @Column(length = 500)
    String certifications;

    @Column(length = 1000)
    String links;

    @Column(name = "open_to_partnering", nullable = false)
    boolean openToPartnering;

    @Lob
    String facilities;

    @ElementCollection
    @CollectionTable(name = "innovator_profile_area", joinColumns = @JoinColumn(name = "profile_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "area", length = 40)
    Set<TechnologyArea> areas = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "innovator_profile_sector", joinColumns = @JoinColumn(name = "profile_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "sector", length = 30)
    Set<Sector> sectors = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "innovator_profile_visibility", joinColumns = @JoinColumn(name = "profile_id"))
    @MapKeyColumn(name = "field", length = 30)
    @MapKeyEnumerated(EnumType.STRING)
    @Enumerated(EnumType.STRING)
    @Column(name = "visibility", length = 10)
    Map<ProfileField, FieldVisibility> visibility = new EnumMap<>(ProfileField.class);

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
    @Column(name = "updated_by", length = 150)
    String updatedBy;

    protected InnovatorProfile() {
    }

    InnovatorProfile(long organisationId, String organisationName, OrganisationType type, Instant now) {
        this.organisationId = organisationId;
        this.organisationName = organisationName;
        this.organisationType = type;
        this.updatedAt = now;
        for (ProfileField field : ProfileField.values()) {
            visibility.put(field, field.byDefault());
        }
    }

    FieldVisibility visibilityOf(ProfileField field) {
        return visibility.getOrDefault(field, field.byDefault());
    }

    boolean visible(ProfileField field, FieldVisibility tier) {
        return visibilityOf(field).visibleAt(tier);
    }

    /** Everything a reader at this tier may search in, one text (both descriptions, capabilities, references...). */
    String text(FieldVisibility tier) {
        StringBuilder text = new StringBuilder();
        append(text, ProfileField.DESCRIPTION, tier, descriptionIt);
        append(text, ProfileField.DESCRIPTION, tier, descriptionEn);
        append(text, ProfileField.CAPABILITIES, tier, capabilities);
        append(text, ProfileField.REFERENCES, tier, references);
        append(text, ProfileField.CERTIFICATIONS, tier, certifications);
        append(text, ProfileField.FACILITIES, tier, facilities);
        return text.toString();
    }

    private void append(StringBuilder text, ProfileField field, FieldVisibility tier, String value) {
        if (value != null && !value.isBlank() && visible(field, tier)) {
            text.append(value).append('\n');
        }
    }

    // What the index holds per tier (see the class comment).

    @FullTextField(name = "public_it", analyzer = SearchAnalysis.ITALIAN, searchAnalyzer = SearchAnalysis.ITALIAN_QUERY)
    @FullTextField(name = "public_en", analyzer = SearchAnalysis.ENGLISH, searchAnalyzer = SearchAnalysis.ENGLISH_QUERY)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public String getPublicText() {
        return text(FieldVisibility.PUBLIC);
    }

    @FullTextField(name = "member_it", analyzer = SearchAnalysis.ITALIAN, searchAnalyzer = SearchAnalysis.ITALIAN_QUERY)
    @FullTextField(name = "member_en", analyzer = SearchAnalysis.ENGLISH, searchAnalyzer = SearchAnalysis.ENGLISH_QUERY)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public String getMemberText() {
        return text(FieldVisibility.MEMBERS);
    }

    @KeywordField(name = "public_areas", aggregable = Aggregable.YES, projectable = Projectable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public Set<TechnologyArea> getPublicAreas() {
        return visible(ProfileField.AREAS, FieldVisibility.PUBLIC) ? areas : Set.of();
    }

    @KeywordField(name = "member_areas", aggregable = Aggregable.YES, projectable = Projectable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public Set<TechnologyArea> getMemberAreas() {
        return visible(ProfileField.AREAS, FieldVisibility.MEMBERS) ? areas : Set.of();
    }

    @KeywordField(name = "public_sectors", aggregable = Aggregable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public Set<Sector> getPublicSectors() {
        return visible(ProfileField.SECTORS, FieldVisibility.PUBLIC) ? sectors : Set.of();
    }

    @KeywordField(name = "member_sectors", aggregable = Aggregable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public Set<Sector> getMemberSectors() {
        return visible(ProfileField.SECTORS, FieldVisibility.MEMBERS) ? sectors : Set.of();
    }

    @KeywordField(name = "public_region", aggregable = Aggregable.YES, projectable = Projectable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public Region getPublicRegion() {
        return visible(ProfileField.REGION, FieldVisibility.PUBLIC) ? region : null;
    }

    @KeywordField(name = "member_region", aggregable = Aggregable.YES, projectable = Projectable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public Region getMemberRegion() {
        return visible(ProfileField.REGION, FieldVisibility.MEMBERS) ? region : null;
    }

    @GenericField(name = "public_partnering", projectable = Projectable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public Boolean getPublicPartnering() {
        return visible(ProfileField.PARTNERING, FieldVisibility.PUBLIC) ? openToPartnering : null;
    }

    @GenericField(name = "member_partnering", projectable = Projectable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public Boolean getMemberPartnering() {
        return visible(ProfileField.PARTNERING, FieldVisibility.MEMBERS) ? openToPartnering : null;
    }

    // The directory's cards come from the index alone: shortened descriptions, as each tier may read them.

    @GenericField(name = "public_summary_it", projectable = Projectable.YES, searchable = Searchable.NO)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public String getPublicSummaryIt() {
        return summary(descriptionIt, FieldVisibility.PUBLIC);
    }

    @GenericField(name = "public_summary_en", projectable = Projectable.YES, searchable = Searchable.NO)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public String getPublicSummaryEn() {
        return summary(descriptionEn, FieldVisibility.PUBLIC);
    }

    @GenericField(name = "member_summary_it", projectable = Projectable.YES, searchable = Searchable.NO)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public String getMemberSummaryIt() {
        return summary(descriptionIt, FieldVisibility.MEMBERS);
    }

    @GenericField(name = "member_summary_en", projectable = Projectable.YES, searchable = Searchable.NO)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public String getMemberSummaryEn() {
        return summary(descriptionEn, FieldVisibility.MEMBERS);
    }

    private String summary(String description, FieldVisibility tier) {
        if (description == null || description.isBlank() || !visible(ProfileField.DESCRIPTION, tier)) {
            return null;
        }
        return description.length() > 220 ? description.substring(0, 217).strip() + "…" : description;
    }

    @GenericField(name = "member_trl")
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public Integer getMemberTrl() {
        return visible(ProfileField.TRL, FieldVisibility.MEMBERS) ? trl : null;
    }
}
