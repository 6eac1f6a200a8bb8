package it.convergo.proposal;

import it.convergo.account.AccountPrincipal;
import it.convergo.account.CurrentUser;
import it.convergo.audit.AuditLog;
import it.convergo.base.RequestArrival;
import it.convergo.base.UserFacingException;
import it.convergo.challenge.Challenges;
import it.convergo.challenge.FormDefinition;
import it.convergo.challenge.QuestionType;
import it.convergo.document.PdfFacts;
import it.convergo.document.PdfInspector;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The PDFs of the applicant's working copy: upload (checked by {@link PdfInspector}), remove, list, download,
 * and the size limit. A refused file is stored nowhere; files of earlier submissions stay with them.
 */
@Service
public class ProposalUploads {

    private static final Pattern PATH_CHARS = Pattern.compile(".*([/\\\\]|\\.\\.|\\p{Cntrl}).*");

    private final ProposalSubmissionRepository submissions;
    private final ProposalFileStore files;
    private final ApplicantAccess access;
    private final Challenges challenges;
    private final PdfInspector inspector;
    private final UploadLimit uploadLimit;
    private final SubmissionGate gate;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate writing;

    ProposalUploads(ProposalSubmissionRepository submissions, ProposalFileStore files, ApplicantAccess access,
                    Challenges challenges, PdfInspector inspector, UploadLimit uploadLimit, SubmissionGate gate,
                    AuditLog audit, Clock clock, PlatformTransactionManager transactions) {
        this.submissions = submissions;
        this.files = files;
        this.access = access;
        this.challenges = challenges;
        this.inspector = inspector;
        this.uploadLimit = uploadLimit;
        this.gate = gate;
        this.audit = audit;
        this.clock = clock;
        this.writing = new TransactionTemplate(transactions);
    }

    /**
     * Checks an uploaded PDF (already streamed to a temporary file) and stores it for a PDF question of the
     * form ({@code questionPos}) or as a general attachment (null). A file for the same question replaces the
     * previous one. The caller deletes the temporary file. The PDF is inspected and hashed before the one short
     * write transaction, so no connection is held during the CPU work (the page limit of its question is then
     * checked from the facts); in a rush uploads take their turn in the {@link SubmissionGate}.
     */
    @PreAuthorize("hasRole('APPLICANT')")
    public AttachedFile upload(long id, Integer questionPos, String fileName, Path content) {
        Instant arrival = RequestArrival.orNow(clock);
        String trimmed = fileName == null ? "" : fileName.trim();
        if (PATH_CHARS.matcher(trimmed).matches()) {
            throw new UserFacingException("proposal.error.fileName");
        }
        String name = PdfInspector.safeFileName(trimmed);
        return gate.pass(() -> store(id, questionPos, name, content, arrival));
    }

    private AttachedFile store(long id, Integer questionPos, String name, Path content, Instant arrival) {
        PdfFacts facts = inspector.inspect(content, uploadLimit.fileBytes(), 0);
        AccountPrincipal user = CurrentUser.require();
        return writing.execute(tx -> {
            Proposal p = access.editable(id, arrival);
            int[] target = uploadTarget(p, questionPos);
            int pos = target[0];
            if (target[1] > 0 && facts.pages() > target[1]) {
                throw new UserFacingException("document.error.tooManyPages", facts.pages(), target[1]);
            }
            if (pos >= 0) {
                files.inDraft(id).stream().filter(f -> f.questionPos() == pos).forEach(f -> dropFromDraft(f.id()));
            }
            Instant now = clock.instant();
            long fileId = files.insert(id, pos, name, facts, content, user.userId(), now);
            audit.record("proposal.fileUploaded", p.subject(), name + " " + facts.sha256());
            return new AttachedFile(fileId, pos, name, facts.size(), facts.pages(), facts.sha256(), now);
        });
    }

    /** Where an upload goes: {position of the PDF question or -1, page limit}; refuses a full list of general files. */
    private int[] uploadTarget(Proposal p, Integer questionPos) {
        FormDefinition form = challenges.rules(p.challengeId).form();
        if (questionPos != null && questionPos >= 0) {
            if (questionPos >= form.questions().size() || form.questions().get(questionPos).type() != QuestionType.PDF_UPLOAD) {
                throw new UserFacingException("error.notFound");
            }
            Integer pages = form.questions().get(questionPos).maxPages();
            return new int[] {questionPos, pages == null ? 0 : pages};
        }
        if (files.inDraft(p.getId()).stream().filter(f -> f.questionPos() < 0).count() >= ProposalLimits.GENERAL_FILES) {
            throw new UserFacingException("proposal.error.tooManyFiles", ProposalLimits.GENERAL_FILES);
        }
        return new int[] {-1, ProposalLimits.GENERAL_PAGES};
    }

    /** The largest PDF accepted: 20 MB, or less when the database cannot store that much in one statement. */
    public long maxFileBytes() {
        return uploadLimit.fileBytes();
    }

    /** Removes a file from the working copy (submitted versions keep theirs). */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public void removeFile(long id, long fileId) {
        Proposal p = access.editable(id);
        ProposalFileStore.Row row = files.row(fileId).filter(r -> r.proposalId() == id)
                .orElseThrow(() -> new UserFacingException("error.notFound"));
        dropFromDraft(row.id());
        audit.record("proposal.fileRemoved", p.subject(), row.file().fileName());
    }

    /** The files of the working copy. */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional(readOnly = true)
    public List<AttachedFile> files(long id) {
        access.mine(id);
        return files.inDraft(id);
    }

    /** A file of one of the applicant's proposals (working copy or an earlier submission), checked against its hash. */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional(readOnly = true)
    public Download myFile(long id, long fileId) {
        access.mine(id).refuseIfPurged();
        ProposalFileStore.Row row = files.row(fileId).filter(r -> r.proposalId() == id)
                .orElseThrow(() -> new UserFacingException("error.notFound"));
        return files.download(row);
    }

    /** A file a submitted version still refers to only leaves the working copy; any other is deleted. */
    private void dropFromDraft(long fileId) {
        if (submissions.refersTo(fileId)) {
            files.leaveDraft(fileId);
        } else {
            files.delete(fileId);
        }
    }
}
