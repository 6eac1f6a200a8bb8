package it.convergo.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** Lumo plus the Convergo stylesheet, served as a plain file: no frontend bundle build is needed. */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/convergo.css")
@Meta(name = "theme-color", content = "#0b3b5c")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "images/favicon.svg", "any");
        settings.setPageTitle("Convergo");
    }
}
