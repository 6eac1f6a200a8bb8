package it.convergo.challenge.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import it.convergo.challenge.ChallengeLimits;
import it.convergo.challenge.RewardDef;
import it.convergo.challenge.RewardType;
import java.util.ArrayList;
import java.util.List;

/** The rewards of a challenge, one row each (type, description, amount), added and removed freely. */
class RewardsEditor extends VerticalLayout {

    private final VerticalLayout rows = new VerticalLayout();

    RewardsEditor(List<RewardDef> rewards) {
        setPadding(false);
        rows.setPadding(false);
        rewards.forEach(r -> rows.add(new RewardRow(r)));
        Button add = new Button(getTranslation("challenge.editor.addReward"), VaadinIcon.PLUS.create(),
                e -> rows.add(new RewardRow(new RewardDef(RewardType.PRIZE_MONEY, "", null))));
        add(rows, add);
    }

    List<RewardDef> value() {
        return new ArrayList<>(rows.getChildren().map(c -> ((RewardRow) c).value()).toList());
    }

    private final class RewardRow extends Div {
        private final Select<RewardType> type = new Select<>();
        private final TextField description = new TextField(getTranslation("challenge.reward.description"));
        private final BigDecimalField amount = new BigDecimalField(getTranslation("challenge.reward.amount"));

        RewardRow(RewardDef r) {
            addClassNames("cv-ch-numbers", "cv-ch-reward-row");
            type.setLabel(getTranslation("challenge.reward.type"));
            type.setItems(RewardType.values());
            type.setItemLabelGenerator(t -> getTranslation(t.labelKey()));
            type.setValue(r.type());
            description.setValue(r.description() == null ? "" : r.description());
            description.setMaxLength(ChallengeLimits.REWARD_TEXT);
            amount.setValue(r.amount());
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> rows.remove(this));
            remove.setAriaLabel(getTranslation("challenge.editor.remove"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            add(type, description, amount, remove);
        }

        RewardDef value() {
            return new RewardDef(type.getValue(), description.getValue().trim(), amount.getValue());
        }
    }
}
