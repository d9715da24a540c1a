package org.eventdesk.web.ui.sources;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.eventdesk.application.source.SourceCatalog;
import org.eventdesk.application.source.SourceDetails;
import org.eventdesk.domain.shared.NotFoundException;
import org.eventdesk.domain.source.Paragraphs;
import org.eventdesk.domain.user.Role;
import org.eventdesk.web.ui.Formats;
import org.eventdesk.web.ui.MainLayout;

/**
 * One source: its metadata and its cleaned text, paragraph by paragraph (each paragraph knows its offset in
 * the text, which is what evidence points at); the raw input, verbatim, on request.
 */
@Route(value = "sources", layout = MainLayout.class)
@PageTitle("Source · Event Desk")
@RolesAllowed(Role.Names.EDITOR)
@CdiComponent
public class SourceView extends VerticalLayout implements HasUrlParameter<Long> {
    private final SourceCatalog catalog;

    @Inject
    public SourceView(SourceCatalog catalog) {
        this.catalog = catalog;
        setMaxWidth("1000px");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        removeAll();
        try {
            show(catalog.details(id));
        } catch (NotFoundException e) {
            add(new H2("No such source"), new Paragraph("Source #" + id + " does not exist."));
        }
    }

    private void show(SourceDetails source) {
        H2 heading = new H2(source.title());
        heading.setId("source-heading");

        FormLayout facts = new FormLayout();
        facts.addFormItem(new Span(source.outlet()), "Outlet");
        facts.addFormItem(new Span(source.kind().label()), "Kind");
        facts.addFormItem(new Span(source.author() == null ? "—" : source.author()), "Author");
        facts.addFormItem(new Span(Formats.withOffset(source.publishedAt(), source.publishedZone())), "Published");
        facts.addFormItem(new Span(source.language() == null ? "—" : source.language()), "Language");
        facts.addFormItem(source.url() == null ? new Span("—") : new Anchor(source.url(), source.url()), "URL");
        facts.addFormItem(new Span(source.addedBy() + ", " + Formats.utc(source.addedAt())), "Added");
        facts.addFormItem(new Span(source.contentHash().substring(0, 16) + "…"), "Content hash");

        Div text = new Div();
        text.setId("source-text");
        text.getStyle().set("max-width", "70ch").set("line-height", "1.6");
        for (Paragraphs.Span span : Paragraphs.spans(source.text())) {
            Paragraph paragraph = new Paragraph(source.text().substring(span.start(), span.end()));
            paragraph.getElement().setAttribute("data-start", String.valueOf(span.start()));
            paragraph.getElement().setAttribute("data-end", String.valueOf(span.end()));
            text.add(paragraph);
        }

        Pre rawText = new Pre(source.raw());
        rawText.setId("source-raw");
        rawText.getStyle()
                .set("white-space", "pre-wrap")
                .set("max-height", "40em")
                .set("overflow", "auto");
        Details raw = new Details(
                "Raw input as received ("
                        + source.rawFormat().name().toLowerCase().replace('_', ' ') + ")",
                rawText);
        raw.setId("source-raw-details");

        Button back = new Button("All sources", VaadinIcon.ARROW_LEFT.create(), e -> getUI().ifPresent(
                        ui -> ui.navigate(SourcesView.class)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        add(back, heading, facts, new H3("Text"), text, raw);
    }
}
