package org.commonground.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import org.commonground.shared.CsvExport;

/**
 * The "Export CSV" link of a list: streams what the list shows with its current filters, written by the
 * feature's service straight into the response as the rows are read (nothing is collected first). The
 * filters are read when the user clicks, so the file matches the list at that moment.
 */
public final class CsvDownload {

    /** Writes the export for the list's current filters to the stream. */
    @FunctionalInterface
    public interface Export {
        void writeTo(OutputStream out) throws IOException;
    }

    private CsvDownload() {}

    /** A link styled as a button; the file is named {@code <name>-<date>.csv}. */
    public static Anchor link(String id, String name, Export export) {
        Anchor link = new Anchor(handler(name, export), AttachmentType.DOWNLOAD, "");
        link.add(VaadinIcon.DOWNLOAD_ALT.create());
        link.add("Export CSV");
        link.getElement().setAttribute("router-ignore", true);
        link.getElement().setAttribute("title", "Download what the list shows, with its filters, as a CSV file");
        link.setId(id);
        link.addClassName("button-like");
        return link;
    }

    static DownloadHandler handler(String name, Export export) {
        return (DownloadEvent event) -> {
            event.setFileName(name + "-" + UserZone.today() + ".csv");
            event.setContentType(CsvExport.CONTENT_TYPE);
            try (OutputStream out = event.getOutputStream()) {
                export.writeTo(out);
            }
        };
    }
}
