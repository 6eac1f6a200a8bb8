package it.convergo.challenge;

import java.math.BigDecimal;

/** One reward: its kind, free text, and an amount in euro where there is one. */
public record RewardDef(RewardType type, String description, BigDecimal amount) {
}
