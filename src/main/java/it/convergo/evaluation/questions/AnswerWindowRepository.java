package it.convergo.evaluation.questions;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AnswerWindowRepository extends JpaRepository<AnswerWindow, Long> {

    Optional<AnswerWindow> findByChallengeId(long challengeId);
}
