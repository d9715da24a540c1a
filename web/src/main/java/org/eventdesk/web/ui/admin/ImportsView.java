package org.eventdesk.web.ui.admin;

import static org.eventdesk.web.ui.i18n.Texts.t;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.eventdesk.application.imports.ArchiveImportService;
import org.eventdesk.application.imports.ImportView;
import org.eventdesk.domain.interchange.ArchiveImport;
import org.eventdesk.domain.shared.InvalidInputException;
import org.eventdesk.domain.shared.NotFoundException;
import org.eventdesk.domain.user.Role;
import org.eventdesk.web.api.BodySizeLimit;
import org.eventdesk.web.api.ImportReportCsv;
import org.eventdesk.web.ui.Formats;
import org.eventdesk.web.ui.MainLayout;
import org.eventdesk.web.ui.i18n.Texts;
import org.eventdesk.web.ui.i18n.Uploads;

/**
 * The admin's Import page: an ACLED CSV file or a desk's own export (CSV or JSON) uploaded here is imported in the background (the same job as
 * {@code POST /api/v1/imports}); the page follows the newest import with a progress bar (rows done, rows a second,
 * time left), lists the recent ones, shows an import's first rejected rows and downloads its full report. The admin
 * may leave the page and come back: the import goes on on the server.
 */
@Route(value = "admin/imports", layout = MainLayout.class)
@RolesAllowed(Role.Names.ADMIN)
@CdiComponent
public class ImportsView extends VerticalLayout implements HasDynamicTitle {
    /** How often the page asks how a running import is doing. */
    static final int POLL_MILLIS = 1000;

    private final ArchiveImportService imports;
    private final RadioButtonGroup<ArchiveImport.Format> format = new RadioButtonGroup<>(t("admin.imports.format"));
    private final RadioButtonGroup<Boolean> asPublished = new RadioButtonGroup<>(t("admin.imports.as"));
    private final Span uploadError = new Span();
    private final Grid<ImportView> recent = new Grid<>();
    private final Div followed = new Div();
    private Long followedId;
    /** The followed import as last drawn: a poll that finds it unchanged draws nothing. */
    private ImportView shown;

    private Registration polling;

    @Inject
    public ImportsView(ArchiveImportService imports) {
        this.imports = imports;
        setWidthFull();

        format.setId("import-format");
        format.setItems(ArchiveImport.Format.values());
        format.setItemLabelGenerator(ImportsView::formatLabel);
        format.setValue(ArchiveImport.Format.ACLED);

        asPublished.setId("import-as");
        asPublished.setItems(false, true);
        asPublished.setItemLabelGenerator(
                published -> published ? t("admin.imports.as.published") : t("admin.imports.as.drafts"));
        asPublished.setValue(false);

        Upload upload = new Upload(UploadHandler.toTempFile((metadata, file) -> start(metadata.fileName(), file)));
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, BodySizeLimit.MAX_IMPORT_BYTES));
        upload.setAcceptedFileTypes(".csv", "text/csv", ".json", "application/json");
        upload.setDropLabel(new Span(t("admin.imports.drop")));
        Uploads.localized(upload);
        upload.addFileRejectedListener(e -> showUploadError(t("admin.imports.not-accepted", e.getErrorMessage())));
        uploadError.setId("import-error");
        uploadError.getStyle().set("color", "var(--lumo-error-text-color)");
        uploadError.setVisible(false);

        recent.setId("imports-grid");
        recent.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        recent.setAllRowsVisible(true);
        recent.addColumn(ImportView::id).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        recent.addColumn(ImportView::fileName)
                .setHeader(t("admin.imports.grid.file"))
                .setFlexGrow(2);
        recent.addColumn(i -> formatLabel(i.format()))
                .setHeader(t("admin.imports.grid.format"))
                .setAutoWidth(true);
        recent.addColumn(
                        i -> i.asPublished() ? t("admin.imports.grid.as.published") : t("admin.imports.grid.as.drafts"))
                .setHeader(t("admin.imports.grid.as"))
                .setAutoWidth(true);
        recent.addColumn(ImportView::importedBy)
                .setHeader(t("admin.imports.grid.by"))
                .setAutoWidth(true);
        recent.addColumn(i -> Formats.utc(i.createdAt()))
                .setHeader(t("admin.imports.grid.uploaded"))
                .setAutoWidth(true);
        recent.addColumn(i -> statusLabel(i.status()))
                .setHeader(t("admin.imports.grid.status"))
                .setAutoWidth(true);
        recent.addColumn(i -> count(i.rowsImported()))
                .setHeader(t("admin.imports.grid.imported"))
                .setAutoWidth(true);
        recent.addColumn(i -> count(i.rowsRejected()))
                .setHeader(t("admin.imports.grid.rejected"))
                .setAutoWidth(true);
        recent.addItemClickListener(e -> follow(e.getItem().id()));

        followed.setId("import-followed");
        followed.setWidthFull();

        add(
                new H2(t("admin.imports.title")),
                new Paragraph(t("admin.imports.intro")),
                format,
                asPublished,
                upload,
                uploadError,
                followed,
                new H3(t("admin.imports.recent")),
                recent);
    }

    @Override
    public String getPageTitle() {
        return t("admin.imports.page-title");
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        List<ImportView> latest = refreshRecent();
        if (followedId == null && !latest.isEmpty()) {
            followedId = latest.get(0).id();
        }
        polling = attach.getUI().addPollListener(e -> refreshFollowed());
        refreshFollowed();
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        detach.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
        super.onDetach(detach);
    }

    /** Runs on the upload's request, as the admin: the service keeps its own copy of the file and starts the job. */
    private void start(String fileName, File uploaded) throws IOException {
        UI ui = UI.getCurrent();
        Optional<ImportView> started;
        String refusal = null;
        try (InputStream in = Files.newInputStream(uploaded.toPath())) {
            started = Optional.of(imports.start(format.getValue(), asPublished.getValue(), fileName, in));
        } catch (InvalidInputException refused) {
            started = Optional.empty();
            refusal = refused.errors().stream()
                    .map(e -> "body".equals(e.field())
                            ? t("admin.imports.refused.file", Texts.say(e.wording()))
                            : t("admin.imports.refused.field", e.field(), Texts.say(e.wording())))
                    .reduce((a, b) -> a + "; " + b)
                    .orElse(Texts.say(refused));
        } finally {
            Files.deleteIfExists(uploaded.toPath());
        }
        Optional<ImportView> result = started;
        String message = refusal;
        ui.access(() -> {
            if (result.isEmpty()) {
                showUploadError(message);
                return;
            }
            uploadError.setVisible(false);
            AdminUi.success(
                    t("admin.imports.started", String.valueOf(result.get().id()), fileName));
            follow(result.get().id());
        });
    }

    private static String formatLabel(ArchiveImport.Format format) {
        return format == ArchiveImport.Format.EVENTDESK
                ? t("admin.imports.format.eventdesk")
                : t("admin.imports.format.acled");
    }

    private void showUploadError(String message) {
        uploadError.setText(message);
        uploadError.setVisible(true);
        AdminUi.error(message);
    }

    private void follow(long id) {
        followedId = id;
        refreshFollowed();
    }

    private List<ImportView> refreshRecent() {
        List<ImportView> latest = imports.recent(20);
        recent.setItems(latest);
        return latest;
    }

    /** Redraws the followed import when it changed; the list too, so their counts move together. */
    private void refreshFollowed() {
        if (followedId == null) {
            return;
        }
        ImportView i;
        try {
            i = imports.status(followedId);
        } catch (NotFoundException gone) {
            followedId = null;
            shown = null;
            followed.removeAll();
            return;
        }
        // The page asks every second while the import runs, and stops asking once it has ended.
        getUI().ifPresent(ui -> ui.setPollInterval(i.status().isFinished() ? -1 : POLL_MILLIS));
        if (i.equals(shown)) {
            return;
        }
        if (shown == null || !i.status().isFinished() || !shown.status().isFinished()) {
            refreshRecent();
        }
        shown = i;
        followed.removeAll();
        followed.add(new H3(t("admin.imports.followed.title", String.valueOf(i.id()), i.fileName())));
        Span status = new Span(statusLabel(i.status()));
        status.setId("import-status");
        status.getElement().getThemeList().add("badge " + badge(i.status()));
        followed.add(status);

        ProgressBar bar = new ProgressBar();
        bar.setId("import-progress");
        if (i.totalRows() == null || i.totalRows() == 0) {
            bar.setIndeterminate(!i.status().isFinished());
            bar.setValue(i.status().isFinished() ? 1 : 0);
        } else {
            bar.setValue(Math.min(1.0, (double) i.rowsRead() / i.totalRows()));
        }
        Span progress = new Span(progressText(i));
        progress.setId("import-progress-text");
        Span counts = new Span(
                t("admin.imports.counts", count(i.rowsImported()), count(i.rowsSkipped()), count(i.rowsRejected())));
        counts.setId("import-counts");
        followed.add(bar, new Div(progress), new Div(counts));

        if (i.failure() != null) {
            Span failure = new Span(t("admin.imports.failed", i.failure()));
            failure.setId("import-failure");
            failure.getStyle().set("color", "var(--lumo-error-text-color)");
            followed.add(new Div(failure));
        }
        if (!i.status().isFinished()) {
            Button cancel = new Button(t("admin.imports.cancel"), VaadinIcon.STOP.create(), e -> {
                imports.cancel(i.id());
                AdminUi.success(t("admin.imports.cancelled", String.valueOf(i.id())));
                refreshRecent();
                refreshFollowed();
            });
            cancel.setId("import-cancel");
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            followed.add(new Div(cancel));
        }
        if (!i.errors().isEmpty()) {
            long id = i.id();
            Anchor report = new Anchor(reportDownload(id), t("admin.imports.report"));
            report.setId("import-report");
            Grid<ImportView.Problem> problems = new Grid<>();
            problems.setId("import-problems");
            problems.addThemeVariants(GridVariant.LUMO_COMPACT);
            problems.addColumn(ImportView.Problem::row)
                    .setHeader(t("admin.imports.problems.row"))
                    .setAutoWidth(true)
                    .setFlexGrow(0);
            problems.addColumn(ImportView.Problem::field)
                    .setHeader(t("admin.imports.problems.column"))
                    .setAutoWidth(true);
            // Said in the tab's language; problems stored before the desk kept wordings read in English.
            problems.addColumn(p -> Texts.say(p.wording()))
                    .setHeader(t("admin.imports.problems.why"))
                    .setFlexGrow(3);
            problems.setItems(i.errors());
            problems.setHeight("16em");
            followed.add(
                    new H3(t("admin.imports.problems.title", String.valueOf(ArchiveImportService.FIRST_ERRORS))),
                    report,
                    problems);
        }
    }

    private DownloadHandler reportDownload(long id) {
        return event -> {
            event.setFileName(ImportReportCsv.fileName(id));
            event.setContentType("text/csv; charset=UTF-8");
            ImportReportCsv.write(imports, id, event.getOutputStream());
        };
    }

    static String progressText(ImportView i) {
        StringBuilder text = new StringBuilder(
                i.totalRows() == null
                        ? t("admin.imports.progress.read", count(i.rowsRead()))
                        : t("admin.imports.progress.read-of", count(i.rowsRead()), count(i.totalRows())));
        if (i.rowsPerSecond() > 0) {
            text.append(" · ").append(t("admin.imports.progress.rate", count(Math.round(i.rowsPerSecond()))));
        }
        if (i.secondsLeft() != null && !i.status().isFinished()) {
            text.append(" · ").append(t("admin.imports.progress.left", timeLeft(i.secondsLeft())));
        }
        return text.toString();
    }

    static String timeLeft(long seconds) {
        if (seconds < 60) {
            return t("admin.imports.time.seconds", String.valueOf(seconds));
        }
        if (seconds < 3600) {
            return t("admin.imports.time.minutes", String.valueOf(seconds / 60), String.valueOf(seconds % 60));
        }
        return t("admin.imports.time.hours", String.valueOf(seconds / 3600), String.valueOf((seconds % 3600) / 60));
    }

    /** A count as the reader writes it: "1,234" in English (as the page always wrote it), "1 234" in Ukrainian. */
    private static String count(long n) {
        return Texts.number(n);
    }

    private static String statusLabel(ArchiveImport.Status status) {
        return switch (status) {
            case QUEUED -> t("admin.imports.status.QUEUED");
            case RUNNING -> t("admin.imports.status.RUNNING");
            case DONE -> t("admin.imports.status.DONE");
            case FAILED -> t("admin.imports.status.FAILED");
            case CANCELLED -> t("admin.imports.status.CANCELLED");
        };
    }

    private static String badge(ArchiveImport.Status status) {
        return switch (status) {
            case DONE -> "success";
            case FAILED, CANCELLED -> "error";
            case QUEUED, RUNNING -> "contrast";
        };
    }
}
