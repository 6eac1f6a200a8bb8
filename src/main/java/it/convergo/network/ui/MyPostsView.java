package it.convergo.network.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import it.convergo.account.AccountPrincipal;
import it.convergo.account.CurrentUser;
import it.convergo.account.Role;
import it.convergo.base.ui.LazyGrids;
import it.convergo.base.ui.PhoneCards;
import it.convergo.base.ui.RowCard;
import it.convergo.network.exchange.InterestStatus;
import it.convergo.network.exchange.InterestView;
import it.convergo.network.exchange.Interests;
import it.convergo.network.exchange.MyPostRow;
import it.convergo.network.exchange.MyPosts;
import jakarta.annotation.security.RolesAllowed;

/**
 * My organisation's needs and offers with the interests each received (how many wait for an answer, how many were
 * accepted) and their state, and below the interests my organisation expressed in others' posts with the answer.
 */
@Route("network/exchange/mine")
@RolesAllowed({Role.APPLICANT_NAME, Role.FIRM_MANAGER_NAME})
class MyPostsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<MyPostRow> posts = new Grid<>();
    final Grid<InterestView> ours = new Grid<>();

    MyPostsView(MyPosts myPosts, Interests interests) {
        addClassName("cv-page");
        add(new Anchor("network/exchange", getTranslation("exchange.post.back")), new H1(getTranslation("exchange.mine.title")));
        if (CurrentUser.get().map(AccountPrincipal::organisationId).isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("network.error.noOrganisation"));
            none.setId("exchange-no-organisation");
            add(none);
            return;
        }
        Anchor post = new Anchor("network/exchange/edit", getTranslation("exchange.board.post"));
        post.addClassNames("cv-button", "cv-button-primary");
        add(post);
        posts.setId("exchange-my-posts");
        posts.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        posts.setHeight("45vh");
        posts.setMinHeight("12em");
        posts.addComponentColumn(r -> ExchangeUi.title(r.card())).setHeader(getTranslation("exchange.board.post.header"))
                .setFlexGrow(3);
        posts.addComponentColumn(r -> ExchangeUi.kind(this, r.card().kind())).setHeader(getTranslation("exchange.board.kind"))
                .setAutoWidth(true);
        posts.addComponentColumn(r -> ExchangeUi.status(this, r.card().status()))
                .setHeader(getTranslation("exchange.mine.state")).setAutoWidth(true);
        posts.addColumn(r -> ExchangeUi.until(this, r.card())).setHeader(getTranslation("exchange.board.expires"))
                .setAutoWidth(true);
        posts.addColumn(this::counts).setHeader(getTranslation("exchange.mine.interests")).setFlexGrow(2);
        posts.setEmptyStateText(getTranslation("exchange.mine.empty"));
        PhoneCards.add(this, posts, r -> new RowCard(ExchangeUi.title(r.card()))
                .line(ExchangeUi.kind(this, r.card().kind()), ExchangeUi.status(this, r.card().status()),
                        new Span(ExchangeUi.until(this, r.card())))
                .then(new Span(counts(r))), getTranslation("exchange.board.posts"));
        LazyGrids.bind(posts, p -> myPosts.mine((int) p.getOffset(), p.getPageSize()), myPosts::countMine);

        ours.setId("exchange-our-interests");
        ours.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        ours.setHeight("35vh");
        ours.setMinHeight("10em");
        ours.addComponentColumn(this::postLink).setHeader(getTranslation("exchange.board.post.header")).setFlexGrow(3);
        ours.addComponentColumn(i -> ExchangeUi.interest(this, i.status())).setHeader(getTranslation("exchange.mine.state"))
                .setAutoWidth(true);
        ours.addComponentColumn(this::next).setHeader(getTranslation("exchange.mine.next")).setFlexGrow(2);
        ours.setEmptyStateText(getTranslation("exchange.mine.noneExpressed"));
        PhoneCards.add(this, ours, i -> new RowCard(postLink(i)).line(ExchangeUi.interest(this, i.status())).then(next(i)),
                getTranslation("exchange.mine.expressed"));
        LazyGrids.bind(ours, p -> interests.ours((int) p.getOffset(), p.getPageSize()), interests::countOurs);
        add(posts, new H2(getTranslation("exchange.mine.expressed")), ours);
    }

    private String counts(MyPostRow r) {
        return getTranslation("exchange.mine.counts", r.pending(), r.accepted());
    }

    private Component postLink(InterestView i) {
        Anchor open = new Anchor("network/exchange/" + i.postId(), i.postTitle());
        Span organisation = new Span(i.organisationName());
        organisation.addClassName("cv-proposal-sub");
        Div cell = new Div(open, organisation);
        cell.addClassName("cv-proposal-cell");
        return cell;
    }

    private Component next(InterestView i) {
        if (i.status() == InterestStatus.ACCEPTED) {
            return new Anchor("network/exchange/thread/" + i.id(), getTranslation("exchange.thread.open"));
        }
        return new Span(getTranslation(i.status() == InterestStatus.PENDING ? "exchange.interest.waiting"
                : "exchange.mine.declinedNext"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exchange.mine.title") + " · Convergo";
    }
}
