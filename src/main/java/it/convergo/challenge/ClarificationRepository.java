package it.convergo.challenge;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ClarificationRepository extends JpaRepository<Clarification, Long> {

    @Query("select new it.convergo.challenge.FaqEntry(q.id, q.question, q.answer, q.answeredAt) from Clarification q "
            + "where q.challengeId = :id and q.publicAnswer = true and q.answeredAt is not null order by q.answeredAt")
    List<FaqEntry> faq(@Param("id") long challengeId);

    @Query("select new it.convergo.challenge.ClarificationRow(q.id, q.question, q.answer, q.publicAnswer, q.askedAt, "
            + "q.answeredAt) from Clarification q where q.challengeId = :id order by q.askedAt desc")
    List<ClarificationRow> all(@Param("id") long challengeId);

    @Query("select new it.convergo.challenge.ClarificationRow(q.id, q.question, q.answer, q.publicAnswer, q.askedAt, "
            + "q.answeredAt) from Clarification q where q.challengeId = :id and q.askedBy = :user order by q.askedAt desc")
    List<ClarificationRow> askedBy(@Param("id") long challengeId, @Param("user") long userId);

    long countByChallengeIdAndAnsweredAtIsNull(long challengeId);
}
