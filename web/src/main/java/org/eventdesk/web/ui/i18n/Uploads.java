package org.eventdesk.web.ui.i18n;

import static org.eventdesk.web.ui.i18n.Texts.t;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

/**
 * An upload's own words (its button, drop hint, refusals and progress) in the tab's language. The English texts are
 * the component's defaults, word for word, so an English desk reads as Vaadin's upload always did.
 */
public final class Uploads {
    private Uploads() {}

    public static Upload localized(Upload upload) {
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles()
                        .setOne(t("desk.upload.add-file"))
                        .setMany(t("desk.upload.add-files")))
                .setDropFiles(new UploadI18N.DropFiles()
                        .setOne(t("desk.upload.drop-file"))
                        .setMany(t("desk.upload.drop-files")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(t("desk.upload.too-many-files"))
                        .setFileIsTooBig(t("desk.upload.file-too-big"))
                        .setIncorrectFileType(t("desk.upload.wrong-type")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(t("desk.upload.connecting"))
                                .setStalled(t("desk.upload.stalled"))
                                .setProcessing(t("desk.upload.processing"))
                                .setHeld(t("desk.upload.queued")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(t("desk.upload.remaining-time") + " ")
                                .setUnknown(t("desk.upload.remaining-time-unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(t("desk.upload.server-unavailable"))
                                .setUnexpectedServerError(t("desk.upload.server-error"))
                                .setForbidden(t("desk.upload.forbidden"))))
                .setFile(new UploadI18N.File()
                        .setRetry(t("desk.upload.retry"))
                        .setStart(t("desk.upload.start"))
                        .setRemove(t("desk.upload.remove"))));
        return upload;
    }
}
