package it.convergo.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.convergo.audit.AuditEvent;
import it.convergo.audit.AuditLog;
import it.convergo.base.Times;
import it.convergo.document.BlindScan;
import it.convergo.evaluation.questions.FirmQuestions;
import it.convergo.evaluation.questions.PanelQuestions;
import it.convergo.evaluation.questions.Question;
import it.convergo.evaluation.questions.QuestionStatus;
import it.convergo.notification.MailService;
import it.convergo.notification.OutboxMessage;
import it.convergo.proposal.SubmittedProposals;
import it.convergo.support.SpringTest;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Who may ask, answer and read the panel's questions, checked on the server; deadlines judged by the server; a
 * double click changes nothing twice; blind challenges stay blind both ways.
 */
class PanelQuestionsTest extends SpringTest {

    @Autowired QuestionScenario scenario;
    @Autowired PanelQuestions questions;
    @Autowired FirmQuestions firm;
    @Autowired SubmittedProposals proposals;
    @Autowired MailService mail;
    @Autowired AuditLog audit;
    @Autowired JdbcTemplate jdbc;

    private List<String> auditActions(long proposal) {
        return audit.about(List.of("proposal:" + proposal), 50).stream().map(AuditEvent::getAction).toList();
    }

    @Test
    void theRapporteurAsksTheApplicantAnswersOnceThePanelAndTheFirmRead() {
        var s = scenario.underEvaluation(false);
        var fixtures = scenario.challenges;

        fixtures.signIn(s.member());
        assertThat(questions.forPanel(s.proposal()).canAsk()).as("a panel member reads, does not ask").isFalse();
        assertThatThrownBy(() -> questions.ask(s.proposal(), "Why?")).hasMessage("evaluation.questions.error.rapporteurOnly");
        fixtures.signIn(s.outsider());
        assertThatThrownBy(() -> questions.forPanel(s.proposal())).as("not on the panel").hasMessage("error.notFound");
        assertThatThrownBy(() -> questions.ask(s.proposal(), "Why?")).hasMessage("error.notFound");
        fixtures.signIn(s.applicant());
        assertThatThrownBy(() -> questions.ask(s.proposal(), "Why?")).hasMessage("error.notFound");

        fixtures.signIn(s.rapporteur());
        var before = questions.forPanel(s.proposal());
        assertThat(before.canAsk()).isTrue();
        assertThat(before.dueIfAskedNow().atZone(Times.ROME).toLocalTime()).isEqualTo(LocalTime.of(18, 0));
        assertThat(ChronoUnit.DAYS.between(Instant.now().atZone(Times.ROME).toLocalDate(),
                before.dueIfAskedNow().atZone(Times.ROME).toLocalDate())).as("the default window").isEqualTo(PanelQuestions.DEFAULT_DAYS);
        assertThatThrownBy(() -> questions.ask(s.proposal(), "  ")).hasMessage("evaluation.questions.error.emptyQuestion");
        Question asked = questions.ask(s.proposal(), "Which TRL has the prototype reached?");
        Question again = questions.ask(s.proposal(), "Which TRL has the prototype reached?");
        assertThat(again.id()).as("a double click asks once").isEqualTo(asked.id());
        assertThat(questions.forPanel(s.proposal()).questions()).singleElement()
                .satisfies(q -> assertThat(q.status()).isEqualTo(QuestionStatus.OPEN));
        assertThat(mail.sentTo(s.applicant().getEmail())).anySatisfy(m -> assertThat(m.getBody())
                .contains("questions/" + s.proposal(), PanelQuestionsTestSupport.mailTime(asked.dueAt())));

        fixtures.signIn(s.otherApplicant());
        assertThatThrownBy(() -> questions.forApplicant(s.proposal())).hasMessage("error.notFound");
        assertThatThrownBy(() -> questions.answer(asked.id(), "Ours!")).hasMessage("error.notFound");
        fixtures.signIn(scenario.challenges.firmManager());
        assertThatThrownBy(() -> firm.page(s.challenge(), PageRequest.of(0, 10))).as("a foreign firm").hasMessage("error.notFound");
        assertThatThrownBy(() -> firm.setWindow(s.challenge(), 3)).hasMessage("error.notFound");

        fixtures.signIn(s.applicant());
        assertThat(questions.forApplicant(s.proposal()).questions()).singleElement()
                .satisfies(q -> assertThat(questions.answerable(q)).isTrue());
        assertThatThrownBy(() -> questions.answer(asked.id(), "")).hasMessage("evaluation.questions.error.emptyAnswer");
        questions.answer(asked.id(), "TRL 6, validated in a relevant environment.");
        assertThatThrownBy(() -> questions.answer(asked.id(), "TRL 7 after all."))
                .as("answered once").hasMessage("evaluation.questions.error.answered");
        assertThat(questions.forApplicant(s.proposal()).questions()).singleElement()
                .satisfies(q -> assertThat(q.answer()).isEqualTo("TRL 6, validated in a relevant environment."));

        fixtures.signIn(s.member());
        assertThat(questions.forPanel(s.proposal()).questions()).singleElement().satisfies(q -> {
            assertThat(q.status()).isEqualTo(QuestionStatus.ANSWERED);
            assertThat(q.answer()).isEqualTo("TRL 6, validated in a relevant environment.");
        });
        for (var evaluator : List.of(s.rapporteur(), s.member())) {
            assertThat(mail.sentTo(evaluator.getEmail())).as("the panel hears of the answer")
                    .anySatisfy(m -> assertThat(m.getBody()).contains("evaluate/" + s.proposal()));
        }
        assertThat(auditActions(s.proposal())).contains("evaluation.question.asked", "evaluation.question.answered");

        fixtures.signIn(s.manager());
        assertThat(firm.count(s.challenge())).isEqualTo(1);
        assertThat(firm.page(s.challenge(), PageRequest.of(0, 10))).singleElement()
                .satisfies(q -> assertThat(q.answer()).startsWith("TRL 6"));
        assertThatThrownBy(() -> firm.setWindow(s.challenge(), 0)).hasMessage("evaluation.questions.error.window");
        firm.setWindow(s.challenge(), 10);
        assertThat(firm.window(s.challenge())).isEqualTo(10);
        fixtures.signIn(s.rapporteur());
        assertThat(ChronoUnit.DAYS.between(Instant.now().atZone(Times.ROME).toLocalDate(),
                questions.forPanel(s.proposal()).dueIfAskedNow().atZone(Times.ROME).toLocalDate())).isEqualTo(10);
    }

    @Test
    void aLateAnswerIsRefusedAndTheDeadlineExpiresTheQuestion() {
        var s = scenario.underEvaluation(false);
        scenario.challenges.signIn(s.rapporteur());
        Question asked = questions.ask(s.proposal(), "Who owns the patent?");
        // the deadline passes before the timer fired: the server refuses by the clock, not by the timer
        jdbc.update("update panel_question set answer_due_at = ? where id = ?",
                java.sql.Timestamp.from(Instant.now().minus(1, ChronoUnit.MINUTES)), asked.id());
        scenario.challenges.signIn(s.applicant());
        assertThatThrownBy(() -> questions.answer(asked.id(), "We do.")).hasMessage("evaluation.questions.error.late");

        scenario.fireAnswerDeadline(s.proposal(), asked.dueAt());
        scenario.challenges.signIn(s.rapporteur());
        assertThat(questions.forPanel(s.proposal()).questions()).singleElement()
                .satisfies(q -> assertThat(q.status()).isEqualTo(QuestionStatus.EXPIRED));
        assertThat(auditActions(s.proposal())).contains("evaluation.question.expired");
        assertThat(mail.sentTo(s.rapporteur().getEmail())).as("the rapporteur hears of the silence")
                .anySatisfy(m -> assertThat(m.getBody()).contains("evaluate/" + s.proposal()));
        scenario.challenges.signIn(s.applicant());
        assertThatThrownBy(() -> questions.answer(asked.id(), "We do.")).hasMessage("evaluation.questions.error.late");
    }

    @Test
    void blindChallengesStayBlindBothWays() {
        var s = scenario.underEvaluation(true);
        scenario.challenges.signIn(s.rapporteur());
        Question asked = questions.ask(s.proposal(), "Dear applicant, I am " + s.rapporteur().getFullName()
                + ": which partner builds the prototype?");
        scenario.challenges.signIn(s.applicant());
        assertThat(questions.forApplicant(s.proposal()).questions()).singleElement()
                .satisfies(q -> assertThat(q.question()).doesNotContain(s.rapporteur().getFullName()).contains("[…]"));
        questions.answer(asked.id(), "We at " + s.organisation().getName() + " (VAT " + s.organisation().getVatNumber()
                + ") build it ourselves; write to " + s.applicant().getEmail() + " or call " + s.applicant().getFullName() + ".");

        List<String> identity = new ArrayList<>(proposals.identityTerms(s.proposal()));
        assertThat(identity).contains(s.organisation().getName(), s.applicant().getEmail(), s.applicant().getFullName());
        for (var evaluator : List.of(s.rapporteur(), s.member())) {
            scenario.challenges.signIn(evaluator);
            var view = questions.forPanel(s.proposal());
            assertThat(view.blind()).isTrue();
            assertThat(view.questions()).singleElement().satisfies(q -> {
                assertThat(q.answer()).contains("build it ourselves", "[…]");
                assertThat(BlindScan.leaks(q.answer() + "\n" + q.question() + "\n" + q.proposalTitle(), identity))
                        .as("what the panel reads").isEmpty();
            });
            List<OutboxMessage> mails = mail.sentTo(evaluator.getEmail());
            assertThat(mails).anySatisfy(m -> assertThat(m.getBody()).contains("evaluate/" + s.proposal()));
            mails.forEach(m -> assertThat(BlindScan.leaks(m.getSubject() + "\n" + m.getBody(), identity)).as("e-mail").isEmpty());
        }
        List<OutboxMessage> toApplicant = mail.sentTo(s.applicant().getEmail());
        toApplicant.forEach(m -> assertThat(m.getBody()).doesNotContain(s.rapporteur().getFullName(), s.member().getFullName()));
    }
}
