package it.convergo.challenge;

import it.convergo.audit.AuditLog;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A challenge's PDF brief and cover image: checked uploads by the firm, downloads for those who may see it. */
@Service
public class ChallengeFiles {

    private final ChallengeFileRepository files;
    private final ChallengeRepository challenges;
    private final ChallengeGuard guard;
    private final AuditLog audit;
    private final Clock clock;

    ChallengeFiles(ChallengeFileRepository files, ChallengeRepository challenges, ChallengeGuard guard, AuditLog audit,
                   Clock clock) {
        this.files = files;
        this.challenges = challenges;
        this.guard = guard;
        this.audit = audit;
        this.clock = clock;
    }

    /** Stores the PDF brief after checking it is a real, unencrypted PDF within the limits. */
    @PreAuthorize("hasAnyRole('FIRM_MANAGER', 'ADMIN')")
    @Transactional
    public void uploadBrief(long id, String fileName, byte[] bytes) {
        Challenge c = guard.editable(id);
        int pages = UploadChecks.checkPdf(bytes);
        store(c, ChallengeFile.Kind.BRIEF, UploadChecks.safeName(fileName, "brief.pdf"), "application/pdf", bytes, pages);
    }

    /** Stores the cover image after checking it is a PNG or JPEG within the limits. */
    @PreAuthorize("hasAnyRole('FIRM_MANAGER', 'ADMIN')")
    @Transactional
    public void uploadCover(long id, String fileName, byte[] bytes) {
        Challenge c = guard.editable(id);
        String type = UploadChecks.checkImage(bytes);
        store(c, ChallengeFile.Kind.COVER, UploadChecks.safeName(fileName, "cover"), type, bytes, null);
    }

    /** The brief of a challenge this visitor may see. */
    @Transactional(readOnly = true)
    public Optional<FileData> brief(long id) {
        return file(id, ChallengeFile.Kind.BRIEF);
    }

    /** The cover image of a challenge this visitor may see. */
    @Transactional(readOnly = true)
    public Optional<FileData> cover(long id) {
        return file(id, ChallengeFile.Kind.COVER);
    }

    private Optional<FileData> file(long id, ChallengeFile.Kind kind) {
        return challenges.findById(id).filter(guard::canSee).flatMap(c -> files.findByChallengeIdAndKind(id, kind))
                .map(f -> new FileData(f.fileName, f.contentType, f.content));
    }

    private void store(Challenge c, ChallengeFile.Kind kind, String name, String type, byte[] bytes, Integer pages) {
        ChallengeFile f = files.findByChallengeIdAndKind(c.getId(), kind).orElseGet(() -> new ChallengeFile(c.getId(), kind));
        f.fileName = name;
        f.contentType = type;
        f.content = bytes.clone();
        f.sizeBytes = bytes.length;
        f.sha256 = UploadChecks.sha256(bytes);
        f.pages = pages;
        f.uploadedAt = clock.instant();
        files.save(f);
        audit.record("challenge." + kind.name().toLowerCase(Locale.ROOT) + "Uploaded", c.subject(), name + " " + f.sha256);
    }
}
