package it.convergo.proposal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v23.VirtualListsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import it.convergo.account.UserAccount;
import it.convergo.base.Times;
import it.convergo.challenge.ChallengeCard;
import it.convergo.challenge.ChallengeFixtures;
import it.convergo.challenge.ChallengeStage;
import it.convergo.challenge.Challenges;
import it.convergo.proposal.ProposalDrafts;
import it.convergo.proposal.ProposalFixtures;
import it.convergo.proposal.ProposalStatus;
import it.convergo.proposal.Shortlists;
import it.convergo.support.KaribuTest;
import it.convergo.support.UserInput;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two-stage challenges in the browser: the applicant writes an outline, then (shortlisted) the full proposal
 * prefilled from it, or (not shortlisted) reads the feedback; the firm decides and confirms the shortlist.
 */
class TwoStageViewsTest extends KaribuTest {

    @Autowired
    ChallengeFixtures fixtures;
    @Autowired
    ProposalFixtures proposals;
    @Autowired
    ProposalDrafts drafts;
    @Autowired
    Shortlists shortlists;
    @Autowired
    Challenges challenges;

    UserAccount manager;
    long challengeId;
    String title;

    @BeforeEach
    void openTwoStage() {
        manager = fixtures.firmManager();
        fixtures.signIn(manager);
        title = ChallengeFixtures.unique("Kiln heat");
        challengeId = fixtures.twoStageOpen(title);
        fixtures.signOut();
    }

    private ProposalEditorView editor() {
        return (ProposalEditorView) UI.getCurrent().getCurrentView();
    }

    /** As the applicant, through the services: an outline with the outline's fields, submitted. */
    private long outlineOf(UserAccount applicant) {
        return proposals.outline(applicant, challengeId);
    }

    private void closeOutlines() {
        fixtures.signOut();
        fixtures.fireLifecycleTimer(challengeId);
    }

    private void shortlist(long yes, long no) {
        fixtures.signIn(manager);
        shortlists.decide(yes, true, "Good fit.");
        shortlists.decide(no, false, "Il forno non è compatibile.");
        shortlists.confirm(challengeId);
        fixtures.signOut();
    }

    @Test
    void theApplicantWritesAnOutlineThenTheInvitedFullProposal() {
        UserAccount applicant = fixtures.applicant();
        login(applicant.getEmail());
        UI.getCurrent().navigate("challenges/" + challenges.view(challengeId).slug());
        UI.getCurrent().navigate(_get(Anchor.class, s -> s.withId("challenge-start-proposal")).getHref());
        ProposalEditorView view = editor();
        assertThat(_get(com.vaadin.flow.component.html.Div.class, s -> s.withId("proposal-stage")).getElement().getTextRecursively())
                .contains(t("proposal.stage.OUTLINE"));
        assertThat(view.form.teamText.isAttached()).as("no team in an outline").isFalse();
        assertThat(view.form.answers.fields).as("the outline's question only").containsOnlyKeys(0);
        UserInput.set(view.form.title, "Heat from kilns");
        UserInput.set(view.form.acronym, "HFK");
        UserInput.set(view.form.abstractText, "Drying tiles with recovered heat.");
        UserInput.set((TextArea) view.form.answers.fields.get(0), "On one kiln for a month.");
        assertThat(view.submitSection.checklist.getElement().getTextRecursively()).contains(t("proposal.submit.ready"));
        view.doSubmit();
        long id = Long.parseLong(UI.getCurrent().getInternals().getActiveViewLocation().getPath().replace("proposals/", ""));
        assertThat(pageText()).contains(t("proposal.status.SUBMITTED"));

        UserAccount other = fixtures.applicant();
        long declined = outlineOf(other);
        closeOutlines();
        shortlist(id, declined);

        login(applicant.getEmail());
        UI.getCurrent().navigate("proposals/" + id);
        view = editor();
        assertThat(pageText()).contains(t("proposal.stage.FULL")).contains("Good fit.")
                .contains(t("proposal.stage.invited", "").substring(0, 20));
        assertThat(view.form.title.getValue()).as("prefilled from the outline").isEqualTo("Heat from kilns");
        assertThat(view.form.teamText.isAttached()).as("the full form").isTrue();
        assertThat(view.form.answers.fields).containsKeys(0, 1);
        assertThat(view.submitSection.checklist.getElement().getTextRecursively()).contains(t("proposal.missing.team"));
    }

    @Test
    void inItalianTheApplicantNotShortlistedReadsTheFeedbackAndCannotContinue() {
        UserAccount invited = fixtures.applicant();
        UserAccount declined = fixtures.applicant();
        long yes = outlineOf(invited);
        long no = outlineOf(declined);
        closeOutlines();
        shortlist(yes, no);

        UI.getCurrent().setLocale(Locale.ITALIAN);
        login(declined.getEmail());
        UI.getCurrent().navigate("proposals/" + no);
        Locale it = Locale.ITALIAN;
        assertThat(pageText()).contains(translations.get("proposal.stage.notShortlisted", it))
                .contains("Il forno non è compatibile.")
                .contains(translations.get("proposal.stage.OUTLINE", it));
        assertThat(drafts.overview(no).editable()).isFalse();
        assertThat(drafts.overview(no).status()).isEqualTo(ProposalStatus.SUBMITTED);
    }

    @Test
    void theFirmDecidesEachOutlineAndConfirmsTheShortlist() {
        long a = outlineOf(fixtures.applicant());
        long b = outlineOf(fixtures.applicant());
        login(manager.getEmail());
        UI.getCurrent().navigate("firm/shortlist/" + challengeId);
        assertThat(pageText()).contains(t("shortlist.error.outlinesOpen"));

        closeOutlines();
        login(manager.getEmail());
        UI.getCurrent().navigate("firm/shortlist/" + challengeId);
        ShortlistView view = (ShortlistView) UI.getCurrent().getCurrentView();
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
        assertThat(view.summary.getText()).isEqualTo(t("shortlist.summary", 0, 0, 2));
        assertThat(view.confirm.isEnabled()).isFalse();

        decide(view, 0, true, "");
        decide(view, 1, false, "");
        TextArea feedback = _get(TextArea.class, s -> s.withId("shortlist-feedback"));
        assertThat(feedback.getErrorMessage()).isEqualTo(t("shortlist.error.feedbackRequired"));
        UserInput.set(feedback, "Too far from our kilns.");
        _click(_get(Button.class, s -> s.withId("shortlist-save")));
        assertThat(view.summary.getText()).isEqualTo(t("shortlist.summary", 1, 1, 0));

        _click(view.confirm);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("message")).isEqualTo(t("shortlist.confirmText", 1, 1));
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));
        assertThat(view.summary.getText()).isEqualTo(t("shortlist.summary.confirmed", 1, 1));
        assertThat(view.confirm.isVisible()).isFalse();
        assertThat(GridKt._getCellComponent(view.grid, 0, "decide").isVisible()).as("decisions are final once confirmed").isFalse();
        assertThat(challenges.view(challengeId).stages().stage()).isEqualTo(ChallengeStage.FULL);
        fixtures.signIn(manager);
        assertThat(shortlists.outlines(challengeId, org.springframework.data.domain.PageRequest.of(0, 5)))
                .extracting(r -> r.shortlisted()).containsExactly(true, false);
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void inItalianTheShortlistScreenSpeaksItalian() {
        outlineOf(fixtures.applicant());
        closeOutlines();
        UI.getCurrent().setLocale(Locale.ITALIAN);
        login(manager.getEmail());
        UI.getCurrent().navigate("firm/shortlist/" + challengeId);
        ShortlistView view = (ShortlistView) UI.getCurrent().getCurrentView();
        Locale it = Locale.ITALIAN;
        assertThat(pageText()).contains(translations.get("shortlist.title", it)).contains(translations.get("shortlist.help", it));
        assertThat(view.summary.getText()).isEqualTo(translations.get("shortlist.summary", it, 0, 0, 1));
        assertThat(view.confirm.getText()).isEqualTo(translations.get("shortlist.confirm", it));
        UserAccount otherFirm = fixtures.firmManager();
        login(otherFirm.getEmail());
        UI.getCurrent().navigate("firm/shortlist/" + challengeId);
        assertThat(pageText()).contains(translations.get("error.notFound", it));
    }

    @Test
    void anOutlineOffersNoUploadForAPdfOfTheFullForm() {
        fixtures.signIn(manager);
        long withAnnex = fixtures.twoStageOpen(ChallengeFixtures.unique("Kiln annex"), new it.convergo.challenge.QuestionDef(
                it.convergo.challenge.QuestionType.PDF_UPLOAD, "Technical annex", "Allegato tecnico", false, null, 10, List.of()));
        fixtures.signOut();
        login(fixtures.applicant().getEmail());
        UI.getCurrent().navigate("challenges/" + challenges.view(withAnnex).slug());
        UI.getCurrent().navigate(_get(Anchor.class, s -> s.withId("challenge-start-proposal")).getHref());
        assertThat(pageText()).doesNotContain("Technical annex");
        assertThat(_find(com.vaadin.flow.component.upload.Upload.class, s -> s.withId("proposal-upload-2"))).isEmpty();
        assertThat(_find(com.vaadin.flow.component.upload.Upload.class, s -> s.withId("proposal-upload-general"))).hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCatalogueCardGivesTheOutlinesDeadlineNotTheFullStagesOne() {
        login(fixtures.applicant().getEmail());
        UI.getCurrent().navigate("challenges");
        UserInput.set(_get(com.vaadin.flow.component.textfield.TextField.class, s -> s.withId("catalogue-search")), title);
        var cards = (com.vaadin.flow.component.virtuallist.VirtualList<ChallengeCard>) _get(
                com.vaadin.flow.component.virtuallist.VirtualList.class);
        ChallengeCard card = VirtualListsKt._get(cards, 0);
        assertThat(card.stage()).isEqualTo(ChallengeStage.OUTLINE);
        String shown = ((com.vaadin.flow.data.renderer.ComponentRenderer<?, ChallengeCard>) VirtualListsKt.get_renderer(cards))
                .createComponent(card).getElement().getTextRecursively();
        assertThat(shown).contains(t("challenge.catalogue.outlinesUntil", Times.format(card.outlineClosesAt(), Locale.ENGLISH)))
                .doesNotContain(Times.format(card.closesAt(), Locale.ENGLISH));
    }

    private void decide(ShortlistView view, int row, boolean yes, String feedback) {
        _click((Button) GridKt._getCellComponent(view.grid, row, "decide"));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Boolean> choice = _get(RadioButtonGroup.class, s -> s.withId("shortlist-choice"));
        UserInput.set(choice, yes);
        UserInput.set(_get(TextArea.class, s -> s.withId("shortlist-feedback")), feedback);
        _click(_get(Button.class, s -> s.withId("shortlist-save")));
    }
}
