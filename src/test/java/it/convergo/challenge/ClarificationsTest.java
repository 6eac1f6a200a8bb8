package it.convergo.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.convergo.account.UserAccount;
import it.convergo.notification.MailService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Questions and answers: public answers form the FAQ without naming the asker, private ones reach the asker only. */
class ClarificationsTest extends FirmDraftTest {

    @Autowired
    Clarifications clarifications;
    @Autowired
    FirmChallenges firm;
    @Autowired
    Followers followers;
    @Autowired
    MailService mail;

    @Test
    void questionsAnsweredPubliclyFormTheFaqWithoutNamingTheAsker() {
        publishing.publish(id, editor.draft(id).getVersion());
        UserAccount asker = fixtures.applicant();
        UserAccount follower = fixtures.applicant();
        fixtures.signIn(follower);
        followers.follow(id);
        fixtures.signIn(asker);
        assertThatThrownBy(() -> clarifications.ask(id, "short")).hasMessage("challenge.error.questionLength");
        clarifications.ask(id, "Can a university lead the consortium?");
        clarifications.ask(id, "May we see the line before applying?");
        assertThat(clarifications.myQuestions(id)).hasSize(2);

        fixtures.signIn(manager);
        List<ClarificationRow> open = clarifications.questions(id);
        assertThat(open).hasSize(2).allMatch(q -> !q.answered());
        long publicOne = open.stream().filter(q -> q.question().startsWith("Can")).findFirst().orElseThrow().id();
        long privateOne = open.stream().filter(q -> q.question().startsWith("May")).findFirst().orElseThrow().id();
        clarifications.answer(publicOne, "Yes, universities may lead.", true);
        clarifications.answer(privateOne, "Yes, write to us for a visit.", false);
        assertThat(firm.dashboard(id).unansweredQuestions()).isZero();

        fixtures.signOut();
        assertThat(clarifications.faq(id)).extracting(FaqEntry::answer).containsExactly("Yes, universities may lead.");
        assertThat(mail.sentTo(follower.getEmail())).anyMatch(m -> m.getBody().contains("universities may lead"));
        assertThat(mail.sentTo(follower.getEmail())).noneMatch(m -> m.getBody().contains("visit"));
        assertThat(mail.sentTo(asker.getEmail())).anyMatch(m -> m.getBody().contains("visit"));
        assertThat(mail.sentTo(follower.getEmail()).get(0).getBody()).doesNotContain(asker.getFullName(), asker.getEmail());

        fixtures.signIn(fixtures.firmManager());
        assertThatThrownBy(() -> clarifications.answer(publicOne, "Hijacked", true)).hasMessage("error.notFound");
    }
}
