package it.convergo.challenge;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ChallengeFileRepository extends JpaRepository<ChallengeFile, Long> {

    Optional<ChallengeFile> findByChallengeIdAndKind(long challengeId, ChallengeFile.Kind kind);

    @Query("select new it.convergo.challenge.ChallengeView$FileInfo(f.fileName, f.sizeBytes, f.pages) from ChallengeFile f "
            + "where f.challengeId = :id and f.kind = it.convergo.challenge.ChallengeFile$Kind.BRIEF")
    Optional<ChallengeView.FileInfo> briefInfo(@Param("id") long challengeId);

    @Query("select count(f) > 0 from ChallengeFile f where f.challengeId = :id and f.kind = it.convergo.challenge.ChallengeFile$Kind.COVER")
    boolean hasCover(@Param("id") long challengeId);
}
