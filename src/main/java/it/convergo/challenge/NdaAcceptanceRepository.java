package it.convergo.challenge;

import org.springframework.data.jpa.repository.JpaRepository;

interface NdaAcceptanceRepository extends JpaRepository<NdaAcceptance, Long> {

    boolean existsByChallengeIdAndUserIdAndNdaVersion(long challengeId, long userId, int ndaVersion);
}
