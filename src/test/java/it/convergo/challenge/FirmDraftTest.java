package it.convergo.challenge;

import it.convergo.account.UserAccount;
import it.convergo.support.SpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/** Base for the challenge service tests: a firm's manager, signed in, with a complete draft of theirs. */
abstract class FirmDraftTest extends SpringTest {

    @Autowired
    ChallengeFixtures fixtures;
    @Autowired
    ChallengeEditor editor;
    @Autowired
    ChallengePublishing publishing;
    @Autowired
    Challenges challenges;

    UserAccount manager;
    long id;

    @BeforeEach
    void firmWithADraft() {
        manager = fixtures.firmManager();
        fixtures.signIn(manager);
        id = fixtures.draft(ChallengeFixtures.unique("Smart welding"));
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }
}
