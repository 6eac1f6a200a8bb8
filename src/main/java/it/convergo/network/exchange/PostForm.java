package it.convergo.network.exchange;

import it.convergo.base.TechnologyArea;
import it.convergo.base.UserFacingException;
import it.convergo.network.NetworkLimits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A need or offer as its organisation writes it; {@code days} is how long it stays on the board from now.
 * Constraint messages are translation keys; the service checks the same limits again ({@link #check}).
 */
public record PostForm(
        @NotNull(message = "exchange.error.kind") PostKind kind,
        @NotNull(message = "exchange.error.arrangement") Arrangement arrangement,
        @NotNull(message = "exchange.error.area") TechnologyArea area,
        @NotBlank(message = "exchange.error.title")
        @Size(max = NetworkLimits.POST_TITLE, message = "network.error.tooLong|{max}") String title,
        @NotBlank(message = "exchange.error.summary")
        @Size(max = NetworkLimits.POST_SUMMARY, message = "network.error.tooLong|{max}") String summary,
        @Min(value = 1, message = "network.error.trl") @Max(value = 9, message = "network.error.trl") @Nullable Integer trl,
        @NotNull(message = "exchange.error.days|" + NetworkLimits.POST_DAYS_MAX)
        @Min(value = 1, message = "exchange.error.days|" + NetworkLimits.POST_DAYS_MAX)
        @Max(value = NetworkLimits.POST_DAYS_MAX, message = "exchange.error.days|" + NetworkLimits.POST_DAYS_MAX) Integer days) {

    /** An empty offer, valid for the usual time. */
    public static PostForm blank() {
        return new PostForm(PostKind.OFFER, Arrangement.LICENSING, null, "", "", null, NetworkLimits.POST_DAYS_DEFAULT);
    }

    void check() {
        if (kind == null) {
            throw new UserFacingException("exchange.error.kind");
        }
        if (arrangement == null) {
            throw new UserFacingException("exchange.error.arrangement");
        }
        if (area == null) {
            throw new UserFacingException("exchange.error.area");
        }
        if (title == null || title.isBlank()) {
            throw new UserFacingException("exchange.error.title");
        }
        if (summary == null || summary.isBlank()) {
            throw new UserFacingException("exchange.error.summary");
        }
        if (title.strip().length() > NetworkLimits.POST_TITLE) {
            throw new UserFacingException("network.error.tooLong", NetworkLimits.POST_TITLE);
        }
        if (summary.strip().length() > NetworkLimits.POST_SUMMARY) {
            throw new UserFacingException("network.error.tooLong", NetworkLimits.POST_SUMMARY);
        }
        if (trl != null && (trl < 1 || trl > 9)) {
            throw new UserFacingException("network.error.trl");
        }
        if (days == null || days < 1 || days > NetworkLimits.POST_DAYS_MAX) {
            throw new UserFacingException("exchange.error.days", NetworkLimits.POST_DAYS_MAX);
        }
    }
}
