package it.convergo.evaluation.vote;

import java.time.LocalDateTime;
import java.util.Set;

/**
 * What the firm sets for its audience award: the prize's name, who votes (and who is left out), the opening and
 * closing as Europe/Rome wall-clock times, and the eligible proposals admitted to the vote.
 */
public record VoteSettings(String prizeName, Audience audience, boolean excludeFirmStaff, boolean excludeEvaluators,
                           LocalDateTime opensAt, LocalDateTime closesAt, Set<Long> proposalIds) {

    public static final int PRIZE_NAME = 120;
    public static final int PUBLIC_TITLE = 200;
    public static final int PUBLIC_SUMMARY = 1000;
}
