package it.convergo.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.convergo.account.OrganisationType;
import it.convergo.account.Role;
import it.convergo.account.UserAccount;
import it.convergo.base.TechnologyArea;
import it.convergo.base.UserFacingException;
import it.convergo.support.SpringTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** Who may upload a logo, what is refused (by content, before decoding a huge picture), what is kept and who sees it. */
class ProfileLogosTest extends SpringTest {

    @Autowired
    NetworkFixtures fixtures;
    @Autowired
    it.convergo.account.AccountFixtures accounts;
    @Autowired
    ProfileLogos logos;
    @Autowired
    MyProfile myProfile;
    @Autowired
    Directory directory;

    private final String tag = Long.toString(System.nanoTime(), 36);

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    private static String refusal(Runnable action) {
        try {
            action.run();
        } catch (UserFacingException e) {
            return e.messageKey();
        }
        throw new AssertionError("not refused");
    }

    private static BufferedImage decode(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    @Test
    void membersOfTheOrganisationUploadReplaceAndRemoveOnceTheProfileIsSaved() {
        fixtures.signOut();
        assertThatThrownBy(() -> logos.upload(LogoPictures.png(64, 64)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        fixtures.signIn(accounts.user("lonely", null, Role.EVALUATOR));
        assertThat(refusal(() -> logos.upload(LogoPictures.png(64, 64)))).isEqualTo("network.error.noOrganisation");

        UserAccount owner = fixtures.member("Logo maker " + tag, OrganisationType.STARTUP, Role.APPLICANT);
        long org = fixtures.signIn(owner).organisationId();
        assertThat(refusal(() -> logos.upload(LogoPictures.png(64, 64)))).as("no profile yet")
                .isEqualTo("network.logo.error.saveFirst");
        fixtures.listedProfile("Logos and labels " + tag, "", TechnologyArea.ROBOTICS);
        logos.upload(LogoPictures.png(64, 64));
        assertThat(logos.shown(List.of(org))).containsExactly(org);

        UserAccount colleague = accounts.user("colleague", accounts.reload(owner.getId()).getOrganisation(), Role.FIRM_MANAGER);
        fixtures.signIn(colleague);
        logos.upload(LogoPictures.jpeg(300, 100));
        assertThat(logos.logo(org)).hasValueSatisfying(png -> assertThat(decodeWidth(png)).isEqualTo(256));

        fixtures.signIn(fixtures.member("Outsider " + tag, OrganisationType.SME, Role.APPLICANT));
        logos.remove();
        assertThat(logos.logo(org)).as("an outsider's remove only touches its own organisation").isPresent();

        fixtures.signIn(owner);
        logos.remove();
        assertThat(logos.logo(org)).isEmpty();
        assertThat(logos.shown(List.of(org))).isEmpty();
    }

    private static int decodeWidth(byte[] png) {
        try {
            return decode(png).getWidth();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aRenamedFileOrAHugePictureIsRefusedByContentAndChangesNothing() {
        UserAccount owner = fixtures.member("Careful " + tag, OrganisationType.SME, Role.APPLICANT);
        long org = fixtures.signIn(owner).organisationId();
        fixtures.listedProfile("Careful uploads " + tag, "", TechnologyArea.INDUSTRIAL_IOT);
        logos.upload(LogoPictures.png(100, 50));
        byte[] kept = logos.logo(org).orElseThrow();

        byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        assertThat(refusal(() -> logos.upload(pdf))).as("a PDF named logo.png").isEqualTo("network.logo.error.invalid");
        byte[] gif = java.util.Base64.getDecoder().decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");
        assertThat(refusal(() -> logos.upload(gif))).as("a real image, but not PNG or JPEG").isEqualTo("network.logo.error.invalid");
        byte[] truncated = java.util.Arrays.copyOf(LogoPictures.jpeg(200, 200), 300);
        assertThat(refusal(() -> logos.upload(truncated))).isEqualTo("network.logo.error.invalid");
        assertThat(refusal(() -> logos.upload(new byte[ProfileLogos.MAX_BYTES + 1]))).isEqualTo("network.logo.error.tooLarge");
        // the header claims 50 000 pixels a side and there is no picture data: only the header was read
        assertThat(refusal(() -> logos.upload(LogoPictures.claimedPng(50_000)))).isEqualTo("network.logo.error.pixels");
        assertThat(refusal(() -> logos.upload(LogoPictures.claimedPng(ProfileLogos.MAX_PIXELS + 1))))
                .isEqualTo("network.logo.error.pixels");
        assertThat(refusal(() -> logos.upload(LogoPictures.claimedPng(ProfileLogos.MAX_PIXELS))))
                .as("within the limit, so decoded: and the empty picture then fails").isEqualTo("network.logo.error.invalid");

        assertThat(logos.logo(org)).hasValueSatisfying(png -> assertThat(png).isEqualTo(kept));
    }

    @Test
    void aJpegIsKeptAsAFreshPngOfAtMost256Pixels() throws IOException {
        UserAccount owner = fixtures.member("Photo " + tag, OrganisationType.UNIVERSITY, Role.APPLICANT);
        long org = fixtures.signIn(owner).organisationId();
        fixtures.listedProfile("Photographs " + tag, "", TechnologyArea.ROBOTICS);
        byte[] jpeg = LogoPictures.jpeg(1200, 800);
        // a payload after the picture's end: a decoder ignores it, the kept file must not carry it
        byte[] withPayload = java.util.Arrays.copyOf(jpeg, jpeg.length + 16);
        System.arraycopy("<script>x</script>".getBytes(StandardCharsets.US_ASCII), 0, withPayload, jpeg.length, 16);
        logos.upload(withPayload);

        byte[] kept = logos.logo(org).orElseThrow();
        assertThat(kept).startsWith(0x89, 'P', 'N', 'G');
        assertThat(new String(kept, StandardCharsets.ISO_8859_1)).doesNotContain("<script");
        BufferedImage image = decode(kept);
        assertThat(image.getWidth()).isEqualTo(256);
        assertThat(image.getHeight()).isEqualTo(171);
        int centre = image.getRGB(128, 85);
        assertThat(centre >> 16 & 0xff).as("the orange disc survives: red").isGreaterThan(200);
        assertThat(centre & 0xff).as("blue").isLessThan(80);
    }

    @Test
    void anUnlistedProfilesLogoIsServedOnlyToItsOwnOrganisation() {
        UserAccount owner = fixtures.member("Hidden " + tag, OrganisationType.STARTUP, Role.APPLICANT);
        long org = fixtures.signIn(owner).organisationId();
        ProfileForm form = fixtures.listedProfile("Hidden logos " + tag, "", TechnologyArea.ROBOTICS);
        logos.upload(LogoPictures.png(80, 80));
        List<ProfileCard> cards = directory.search(new DirectoryFilter("hidden logos " + tag, null, null, null, null, false),
                0, 10, Locale.ENGLISH);
        assertThat(cards).singleElement().satisfies(c -> assertThat(c.hasLogo()).isTrue());

        fixtures.signOut();
        assertThat(logos.logo(org)).as("listed: visitors see it").isPresent();

        fixtures.signIn(owner);
        form.setListed(false);
        myProfile.save(form);
        assertThat(logos.logo(org)).as("its own organisation still sees it").isPresent();
        assertThat(logos.shown(List.of(org))).containsExactly(org);

        fixtures.signOut();
        assertThat(logos.logo(org)).isEmpty();
        assertThat(logos.shown(List.of(org))).isEmpty();
        fixtures.signIn(fixtures.member("Curious " + tag, OrganisationType.LARGE_COMPANY, Role.FIRM_MANAGER));
        assertThat(logos.logo(org)).isEmpty();
        assertThat(logos.shown(List.of(org))).isEmpty();
    }
}
