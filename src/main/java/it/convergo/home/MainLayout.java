package it.convergo.home;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import it.convergo.account.AccountPrincipal;
import it.convergo.base.i18n.Translations;
import java.util.Locale;

/**
 * The frame of every page: brand, the side navigation built from the views this user's roles allow,
 * who is signed in, the language switch and sign in / out.
 */
@Layout
@AnonymousAllowed
class MainLayout extends AppLayout {

    private final AuthenticationContext authentication;
    private final Language language;

    MainLayout(AuthenticationContext authentication, Language language) {
        this.authentication = authentication;
        this.language = language;
        setPrimarySection(Section.DRAWER);
        addToNavbar(new DrawerToggle(), header());
        addToDrawer(brand(), navigation());
    }

    private Component brand() {
        Image logo = new Image("images/logo-light.svg", "Convergo");
        logo.addClassName("cv-logo");
        Anchor home = new Anchor("", logo);
        home.addClassName("cv-brand");
        return home;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.addClassName("cv-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && !entry.icon().isBlank()) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private Component header() {
        HorizontalLayout header = new HorizontalLayout();
        header.addClassName("cv-header");
        header.setWidthFull();
        header.setAlignItems(HorizontalLayout.Alignment.CENTER);
        Div spacer = new Div();
        header.addAndExpand(spacer);
        header.add(languageSelect());
        authentication.getAuthenticatedUser(AccountPrincipal.class).ifPresentOrElse(user -> {
            Span who = new Span(user.fullName());
            who.addClassName("cv-user-name");
            Div identity = new Div(who);
            identity.addClassName("cv-user");
            if (user.organisationName() != null) {
                Span org = new Span(user.organisationName());
                org.addClassName("cv-user-org");
                identity.add(org);
            }
            // on a phone the name is hidden: the icon stays, and the link keeps a name for screen readers
            Icon icon = com.vaadin.flow.component.icon.VaadinIcon.USER.create();
            icon.addClassName("cv-user-icon");
            Anchor profile = new Anchor("profile", identity, icon);
            profile.addClassName("cv-user-link");
            profile.setAriaLabel(getTranslation("nav.profile") + ": " + user.fullName());
            Button signOut = new Button(getTranslation("nav.signOut"), e -> authentication.logout());
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            header.add(profile, signOut);
        }, () -> {
            Anchor signIn = new Anchor("login", getTranslation("nav.signIn"));
            signIn.addClassName("cv-header-link");
            Anchor register = new Anchor("register", getTranslation("nav.register"));
            register.addClassNames("cv-header-link", "cv-header-cta");
            header.add(signIn, register);
        });
        return header;
    }

    private Select<Locale> languageSelect() {
        Select<Locale> select = new Select<>();
        select.setItems(Translations.LOCALES);
        select.setItemLabelGenerator(l -> getTranslation("language." + l.getLanguage()));
        select.setAriaLabel(getTranslation("language.label"));
        select.setValue(Language.current());
        select.addClassName("cv-language");
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                language.switchTo(e.getValue());
            }
        });
        return select;
    }
}
