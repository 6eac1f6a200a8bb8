package it.convergo.network.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.convergo.account.AccountFixtures;
import it.convergo.account.Organisation;
import it.convergo.account.OrganisationType;
import it.convergo.account.Role;
import it.convergo.account.UserAccount;
import it.convergo.base.PersonalDataSource;
import it.convergo.base.TechnologyArea;
import it.convergo.base.UserFacingException;
import it.convergo.network.NetworkFixtures;
import it.convergo.support.SpringTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Who may see and change needs, offers, interests and threads; expiry; the personal data they hold. */
class ExchangeTest extends SpringTest {

    @Autowired
    AccountFixtures accounts;
    @Autowired
    NetworkFixtures network;
    @Autowired
    Board board;
    @Autowired
    MyPosts myPosts;
    @Autowired
    Interests interests;
    @Autowired
    Threads threads;
    @Autowired
    ExpiredPosts expiredPosts;
    @Autowired
    ExchangePersonalData personalData;
    @Autowired
    JdbcTemplate jdbc;

    private final String tag = Long.toString(System.nanoTime(), 36);
    private UserAccount firm;
    private UserAccount firmColleague;
    private UserAccount startup;
    private UserAccount startupColleague;
    private UserAccount stranger;

    @BeforeEach
    void members() {
        Organisation firmOrg = accounts.organisation("Exchange Firm " + tag, OrganisationType.LARGE_COMPANY);
        firm = accounts.user("xfirm", firmOrg, Role.FIRM_MANAGER);
        firmColleague = accounts.user("xfirm2", firmOrg, Role.APPLICANT);
        Organisation startupOrg = accounts.organisation("Exchange Startup " + tag, OrganisationType.STARTUP);
        startup = accounts.user("xstart", startupOrg, Role.APPLICANT);
        startupColleague = accounts.user("xstart2", startupOrg, Role.APPLICANT);
        stranger = accounts.user("xother", accounts.organisation("Exchange Other " + tag, OrganisationType.SME),
                Role.APPLICANT);
    }

    @AfterEach
    void signOut() {
        network.signOut();
    }

    private PostForm need(String title) {
        return new PostForm(PostKind.NEED, Arrangement.CO_DEVELOPMENT, TechnologyArea.QUALITY_INSPECTION, title,
                "Shade detection on large slabs " + tag, null, 30);
    }

    private long posted(UserAccount author, PostForm form) {
        network.signIn(author);
        long id = myPosts.post(form);
        network.signOut();
        return id;
    }

    private BoardFilter words(String words) {
        return new BoardFilter(null, null, null, words);
    }

    private int mailsTo(UserAccount user, String subjectPart) {
        return jdbc.queryForObject("select count(*) from outbox_message where recipient = ? and subject like ?",
                Integer.class, user.getEmail(), "%" + subjectPart + "%");
    }

    @Test
    void membersSeeTheBoardAndOnlyThePostsOrganisationChangesAPost() {
        long id = posted(firm, need("Inline shade control " + tag));

        assertThatThrownBy(() -> board.search(words(tag), 0, 10)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        network.signIn(startup);
        assertThat(board.search(words(tag), 0, 10)).extracting(PostCard::id).containsExactly(id);
        assertThat(board.count(new BoardFilter(PostKind.OFFER, null, null, tag))).isZero();
        assertThat(board.count(new BoardFilter(PostKind.NEED, TechnologyArea.QUALITY_INSPECTION, Arrangement.CO_DEVELOPMENT,
                "shade control " + tag))).isOne();
        PostDetail seen = board.post(id);
        assertThat(seen.own()).isFalse();
        assertThat(seen.mayExpressInterest()).isTrue();
        assertThat(seen.ownerContact()).as("no contact before an accepted interest").isNull();
        assertThatThrownBy(() -> myPosts.edit(id)).isInstanceOf(UserFacingException.class).hasMessageContaining("error.notFound");
        assertThatThrownBy(() -> myPosts.save(id, 0, need("Hijacked"))).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("error.notFound");
        assertThatThrownBy(() -> myPosts.close(id)).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> myPosts.renew(id)).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> myPosts.post(need("A start-up's need"))).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("exchange.error.needsAreFirms");
        assertThatThrownBy(() -> myPosts.post(new PostForm(PostKind.OFFER, Arrangement.LICENSING, TechnologyArea.ROBOTICS,
                "x".repeat(151), "text", 4, 30))).isInstanceOf(UserFacingException.class).hasMessageContaining("network.error.tooLong");
        long offer = myPosts.post(new PostForm(PostKind.OFFER, Arrangement.LICENSING, TechnologyArea.ROBOTICS,
                "Cobot gripper patent " + tag, "Licensable", 6, 30));
        assertThat(board.count(new BoardFilter(PostKind.OFFER, null, null, tag))).isOne();
        network.signOut();

        // a colleague of the firm edits; an edit read before it is refused
        network.signIn(firmColleague);
        MyPosts.Editing editing = myPosts.edit(id);
        assertThat(board.post(id).own()).isTrue();
        myPosts.save(id, editing.version(), need("Inline shade control, v2 " + tag));
        assertThatThrownBy(() -> myPosts.save(id, editing.version(), need("Stale"))).isInstanceOf(
                ObjectOptimisticLockingFailureException.class);
        assertThat(myPosts.mine(0, 10)).extracting(r -> r.card().title()).containsExactly("Inline shade control, v2 " + tag);
        myPosts.close(id);
        myPosts.close(id);
        network.signOut();

        network.signIn(stranger);
        assertThat(board.search(words(tag), 0, 10)).extracting(PostCard::id).containsExactly(offer);
        assertThatThrownBy(() -> board.post(id)).as("a closed post is gone for others").isInstanceOf(UserFacingException.class);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where subject = ? and action in "
                + "('exchange.posted', 'exchange.edited', 'exchange.closed')", Integer.class, "exchangePost:" + id)).isEqualTo(3);
    }

    @Test
    void interestIsOncePerOrganisationOnlyTheOwnerAnswersAndTheThreadIsForTheTwoSidesOnly() {
        long id = posted(firm, need("Heat recovery on kilns " + tag));

        network.signIn(startup);
        long interest = interests.express(id, "We recover heat from dryers.");
        assertThat(interests.express(id, "again")).as("a double click").isEqualTo(interest);
        network.signOut();
        network.signIn(startupColleague);
        assertThat(interests.express(id, "me too")).as("a colleague").isEqualTo(interest);
        assertThat(board.post(id).mayExpressInterest()).isFalse();
        assertThatThrownBy(() -> interests.decide(interest, true)).as("the interested side cannot accept")
                .isInstanceOf(UserFacingException.class).hasMessageContaining("error.notFound");
        assertThatThrownBy(() -> threads.thread(interest)).as("no thread before acceptance").isInstanceOf(UserFacingException.class);
        network.signOut();
        assertThat(jdbc.queryForObject("select count(*) from exchange_interest where post_id = ?", Integer.class, id)).isOne();
        assertThat(mailsTo(firm, "Heat recovery on kilns " + tag)).as("the author is told once").isOne();

        network.signIn(firm);
        assertThatThrownBy(() -> interests.express(id, "own")).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("exchange.error.ownPost");
        PostDetail owner = board.post(id);
        assertThat(owner.interests()).singleElement().satisfies(i -> {
            assertThat(i.note()).isEqualTo("We recover heat from dryers.");
            assertThat(i.status()).isEqualTo(InterestStatus.PENDING);
            assertThat(i.contact()).isNull();
        });
        interests.decide(interest, true);
        interests.decide(interest, true);
        assertThatThrownBy(() -> interests.decide(interest, false)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("exchange.error.decided");
        assertThat(board.post(id).interests().getFirst().contact()).isEqualTo(new Contact(startup.getFullName(), startup.getEmail()));
        threads.write(interest, "When can we visit the line?");
        assertThat(myPosts.mine(0, 10)).singleElement().satisfies(r -> assertThat(r.accepted()).isOne());
        network.signOut();
        assertThat(mailsTo(startup, "Heat recovery on kilns " + tag)).as("the interested author is told").isOne();

        network.signIn(startupColleague);
        assertThat(board.post(id).ownerContact()).isEqualTo(new Contact(firm.getFullName(), firm.getEmail()));
        threads.write(interest, "Next Tuesday.");
        ExchangeThread thread = threads.thread(interest);
        assertThat(thread.messages()).extracting(ThreadMessage::body).containsExactly("When can we visit the line?", "Next Tuesday.");
        assertThat(thread.messages()).extracting(ThreadMessage::mine).containsExactly(false, true);
        assertThat(interests.ours(0, 10)).extracting(InterestView::status).containsExactly(InterestStatus.ACCEPTED);
        network.signOut();

        network.signIn(stranger);
        assertThatThrownBy(() -> threads.thread(interest)).isInstanceOf(UserFacingException.class).hasMessageContaining("error.notFound");
        assertThatThrownBy(() -> threads.write(interest, "let me in")).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> interests.decide(interest, false)).isInstanceOf(UserFacingException.class);
        network.signOut();

        UserAccount evaluator = accounts.user("xeval", null, Role.EVALUATOR);
        network.signIn(evaluator);
        assertThat(board.post(id).mayExpressInterest()).as("no organisation, no interest").isFalse();
        assertThatThrownBy(() -> interests.express(id, "")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void expiredPostsLeaveTheBoardAndTheDailyJobMarksEachOnceAndTellsTheOwner() {
        long id = posted(firm, need("Compressed air heat " + tag));
        jdbc.update("update exchange_post set expires_at = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)), id);

        network.signIn(startup);
        assertThat(board.count(words(tag))).isZero();
        assertThatThrownBy(() -> board.post(id)).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> interests.express(id, "late")).isInstanceOf(UserFacingException.class);
        network.signOut();

        network.signIn(firm);
        assertThat(board.post(id).card().status()).as("expired by its date already").isEqualTo(PostStatus.EXPIRED);
        network.signOut();
        assertThat(expiredPosts.expire()).isGreaterThanOrEqualTo(1);
        assertThat(expiredPosts.expire()).as("a second run, or another node, marks nothing again").isZero();
        assertThat(jdbc.queryForObject("select status from exchange_post where id = ?", String.class, id)).isEqualTo("EXPIRED");
        assertThat(mailsTo(firm, "Compressed air heat " + tag)).isOne();

        network.signIn(firmColleague);
        myPosts.renew(id);
        network.signOut();
        network.signIn(startup);
        assertThat(board.search(words(tag), 0, 10)).extracting(PostCard::id).containsExactly(id);
    }

    @Test
    void erasureKeepsTheTextsButRemovesThePerson() {
        long id = posted(firm, need("Erasable " + tag));
        network.signIn(startup);
        long interest = interests.express(id, "Ask for " + startup.getFullName() + " at " + startup.getEmail());
        network.signOut();
        network.signIn(firm);
        interests.decide(interest, true);
        threads.write(interest, "Dear " + startup.getFullName() + ", welcome.");
        network.signOut();
        network.signIn(startup);
        threads.write(interest, "Thanks.");
        network.signOut();

        var person = new PersonalDataSource.Person(startup.getId(), startup.getEmail(), startup.getFullName());
        @SuppressWarnings("unchecked")
        Map<String, List<?>> collected = (Map<String, List<?>>) personalData.collect(person);
        assertThat(collected.get("interests")).hasSize(1);
        assertThat(collected.get("messages")).hasSize(1);
        personalData.erase(new PersonalDataSource.Erasure(person, "Former member", false));

        assertThat(jdbc.queryForObject("select count(*) from exchange_message where interest_id = ? and (body like ? or "
                + "author_name like ?)", Integer.class, interest, "%" + startup.getFullName() + "%",
                "%" + startup.getFullName() + "%")).isZero();
        assertThat(jdbc.queryForObject("select note from exchange_interest where id = ?", String.class, interest))
                .isEqualTo("Ask for Former member at Former member");
        assertThat(jdbc.queryForList("select author_name from exchange_message where interest_id = ? order by id", String.class,
                interest)).containsExactly(firm.getFullName(), "Former member");
        assertThat(jdbc.queryForObject("select count(*) from exchange_message where user_id = ?", Integer.class,
                startup.getId())).isZero();
    }
}
