package it.convergo.workflow;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs one {@code prize-vote} process per audience vote: its timers open the vote and, at the closing time,
 * have it counted and published, on the server whether or not anybody is signed in (see {@link PrizeVoteClock}).
 */
@Service
public class PrizeVoteProcess {

    static final String PROCESS = "prize-vote";

    private final RuntimeService runtime;

    PrizeVoteProcess(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /**
     * Starts the vote's process, or starts it again with new times when the firm changed them before the vote
     * opened (the old timers go with the old instance).
     */
    @Transactional
    public void schedule(long voteId, long challengeId, Instant opensAt, Instant closesAt) {
        instance(voteId).ifPresent(p -> runtime.deleteProcessInstance(p.getId(), "rescheduled"));
        runtime.startProcessInstanceByKey(PROCESS, businessKey(voteId), Map.of(
                "voteId", voteId,
                "challengeId", challengeId,
                "opensAt", opensAt.toString(),
                "closesAt", closesAt.toString()));
    }

    /** Whether the vote's process still runs (waiting to open, open, or not yet counted). */
    @Transactional(readOnly = true)
    public boolean isRunning(long voteId) {
        return instance(voteId).isPresent();
    }

    private Optional<ProcessInstance> instance(long voteId) {
        return Optional.ofNullable(runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS)
                .processInstanceBusinessKey(businessKey(voteId)).singleResult());
    }

    static String businessKey(long voteId) {
        return "prize-vote:" + voteId;
    }
}
