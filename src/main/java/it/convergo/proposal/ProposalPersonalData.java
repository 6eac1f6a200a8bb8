package it.convergo.proposal;

import it.convergo.base.PersonalDataRows;
import it.convergo.base.PersonalDataSource;
import it.convergo.challenge.Challenges;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The proposals part of a personal-data export: every proposal the person leads or was invited to, its
 * working copy with answers, every submitted version with what it contained, the person's own membership,
 * and all the proposal's files (as files, checked against their hashes like every download).
 * <p>
 * Erasure: a submitted proposal is the record of a selection and stays (its lead becomes the anonymised
 * account); a draft never submitted that the person leads is deleted with its files when nobody else can carry
 * it on (no invited member, nobody else left in the organisation); the person's invitations to others'
 * proposals are deleted from drafts and take the alias in submitted ones.
 */
@Component
class ProposalPersonalData implements PersonalDataSource {

    /** The person's proposals (led or joined), for a proposal table with the given alias prefix. */
    private static String mine(String alias) {
        return "(" + alias + "lead_user_id = ? or " + alias + "id in (select proposal_id from proposal_member where email = ?))";
    }

    private final JdbcTemplate jdbc;
    private final ProposalFileStore files;
    private final Challenges challenges;

    ProposalPersonalData(JdbcTemplate jdbc, ProposalFileStore files, Challenges challenges) {
        this.jdbc = jdbc;
        this.files = files;
        this.challenges = challenges;
    }

    /** The retention rules as configured now: how many challenges set one, the shortest and longest, and the purges. */
    @Override
    public Processing processing() {
        Collection<Integer> months = challenges.retentionRules().values();
        long purged = jdbc.queryForObject("select count(*) from proposal where purged_at is not null", Long.class);
        List<Figure> figures = months.isEmpty()
                ? List.of(new Figure("register.figure.noRetention", List.of()))
                : List.of(new Figure("register.figure.retention", List.of(months.size(), Collections.min(months),
                        Collections.max(months))));
        return new Processing(part(), Stream.concat(figures.stream(),
                Stream.of(new Figure("register.figure.purged", List.of(purged)))).toList());
    }

    @Override
    public String part() {
        return "proposals";
    }

    @Override
    public Object collect(Person person) {
        List<Map<String, Object>> proposals = new ArrayList<>();
        for (Map<String, Object> p : PersonalDataRows.of(jdbc, "select id, challenge_id, challenge_title, organisation_id, "
                + "lead_user_id, status, title, acronym, abstract_text, team_text, budget, budget_text, trl_now, trl_target, "
                + "created_at, updated_at, updated_by, submitted_at, submission_version, content_hash, outcome_note, outcome_at, "
                + "withdrawn_at, stage from proposal where " + mine("") + " order by id", person.userId(), person.email())) {
            long id = ((Number) p.get("id")).longValue();
            Map<String, Object> proposal = new LinkedHashMap<>(p);
            proposal.put("areas", jdbc.queryForList("select area from proposal_area where proposal_id = ? order by area",
                    String.class, id));
            proposal.put("answers", PersonalDataRows.of(jdbc, "select pos, answer from proposal_answer where proposal_id = ? "
                    + "order by pos", id));
            proposal.put("myMembership", PersonalDataRows.of(jdbc, "select email, invited_by, invited_at from proposal_member "
                    + "where proposal_id = ? and email = ?", id, person.email()));
            proposal.put("files", PersonalDataRows.of(jdbc, "select id, question_pos, file_name, size_bytes, pages, sha256, "
                    + "uploaded_at, uploaded_by, in_draft from proposal_file where proposal_id = ? order by id", id));
            List<Map<String, Object>> versions = new ArrayList<>();
            for (Map<String, Object> s : PersonalDataRows.of(jdbc, "select id, number, submitted_at, submitted_by, title, acronym, "
                    + "abstract_text, team_text, budget, budget_text, trl_now, trl_target, areas, content_hash, challenge_title, "
                    + "organisation_name, stage from proposal_submission where proposal_id = ? order by number", id)) {
                Map<String, Object> version = new LinkedHashMap<>(s);
                long submissionId = ((Number) s.get("id")).longValue();
                version.put("answers", PersonalDataRows.of(jdbc, "select pos, question, answer from proposal_submission_answer "
                        + "where submission_id = ? order by pos", submissionId));
                version.put("fileIds", jdbc.queryForList("select file_id from proposal_submission_file where submission_id = ? "
                        + "order by file_id", Long.class, submissionId));
                versions.add(version);
            }
            proposal.put("submissions", versions);
            proposals.add(proposal);
        }
        return proposals;
    }

    @Override
    public List<PersonalFile> files(Person person) {
        List<Long> ids = jdbc.queryForList("select f.id from proposal_file f join proposal p on p.id = f.proposal_id where "
                + mine("p.") + " order by f.id", Long.class, person.userId(), person.email());
        List<PersonalFile> out = new ArrayList<>();
        for (long fileId : ids) {
            files.row(fileId).ifPresent(row -> out.add(new PersonalFile("proposals/" + row.proposalId() + "/" + row.id() + "-"
                    + row.file().fileName(), target -> files.download(row).content().writeTo(target))));
        }
        return out;
    }

    @Override
    public void erase(Erasure erasure) {
        Person person = erasure.person();
        if (erasure.lastOfOrganisation()) {
            for (long id : jdbc.queryForList("select id from proposal p where lead_user_id = ? and submission_version = 0 "
                    + "and not exists (select 1 from proposal_member m where m.proposal_id = p.id and m.email <> ?)",
                    Long.class, person.userId(), person.email())) {
                for (String table : DRAFT_TABLES) {
                    jdbc.update("delete from " + table + " where proposal_id = ?", id);
                }
                jdbc.update("delete from proposal where id = ?", id);
            }
        }
        jdbc.update("delete from proposal_member where email = ? and proposal_id in (select id from proposal where "
                + "submission_version = 0)", person.email());
        jdbc.update("update proposal_member set email = ? where email = ?", erasure.alias(), person.email());
        jdbc.update("update proposal set updated_by = ? where updated_by in (?, ?)", erasure.alias(), person.email(),
                person.fullName());
    }

    /** What a never-submitted draft has besides its row. */
    private static final String[] DRAFT_TABLES = {"proposal_area", "proposal_answer", "proposal_member", "proposal_file",
            "proposal_exclusion", "proposal_staff_conflict"};
}
