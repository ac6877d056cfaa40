package org.commonground.rubric.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.commonground.history.ui.HistoryList;
import org.commonground.rubric.AttestationService;
import org.commonground.rubric.AttestationSummary;
import org.commonground.rubric.EvidenceFile;
import org.commonground.rubric.EvidencePolicy;
import org.commonground.rubric.IndicatorDetails;
import org.commonground.rubric.IndicatorFinding;
import org.commonground.shared.Formats;
import org.commonground.shared.RecordLink;

/** One indicator on its strand's page: how far it is, why, the evidence, what is missing, and attestations. */
class IndicatorSection extends Div {

    final Button attest = new Button("Add attestation", VaadinIcon.SIGN_IN_ALT.create());

    private final LocalDate asOf;

    IndicatorSection(IndicatorDetails details, LocalDate asOf, AttestationService attestations, Runnable reload) {
        this.asOf = asOf;
        addClassName("indicator");
        setId("indicator-" + details.indicator().key().replace('.', '-'));
        IndicatorFinding finding = details.finding();
        H3 heading = new H3(details.indicator().shortText());
        Paragraph source = new Paragraph(details.indicator().text());
        source.addClassName("source-text");

        ProgressBar bar = new ProgressBar(0, 1, finding.fraction());
        bar.getElement().setAttribute("aria-label", details.indicator().shortText() + ": " + finding.percent());
        Span percent = new Span(finding.percent());
        percent.addClassName("fraction");
        percent.addClassName(finding.complete() ? "complete" : "incomplete");
        Div meter = new Div(bar, percent);
        meter.addClassName("indicator-meter");

        Paragraph progress = new Paragraph(
                finding.byAttestation()
                        ? "Complete by a current attestation"
                                + (details.indicator().evidence() == EvidencePolicy.ATTESTATION
                                        ? "."
                                        : " (the records alone: " + Math.round(finding.recordFraction() * 100) + " %, "
                                                + finding.progress().replace("; attested", "") + ").")
                        : "So far: " + finding.progress() + ".");
        progress.addClassName("progress-text");
        Paragraph rule = new Paragraph("How it is scored: " + details.rule() + " "
                + details.indicator().evidence().label() + ".");
        rule.addClassName("rule-text");
        add(heading, source, meter, progress, rule);
        if (finding.missing() != null) {
            Paragraph missing = new Paragraph("Still missing: " + finding.missing());
            missing.addClassName("missing");
            add(missing);
        }
        if (details.indicator().evidence() != EvidencePolicy.ATTESTATION) {
            add(evidence(details));
        }
        if (details.indicator().evidence().acceptsAttestation()) {
            add(attestations(details, attestations, reload));
        }
    }

    private static Component evidence(IndicatorDetails details) {
        Div box = new Div(new H4("Evidence"));
        box.addClassName("evidence");
        if (details.evidence().isEmpty()) {
            box.add(new Paragraph("No records count toward it on this date."));
            return box;
        }
        UnorderedList list = new UnorderedList();
        for (RecordLink link : details.evidence()) {
            Span when = new Span(link.date() == null ? "" : " · " + Formats.date(link.date()));
            when.addClassName("muted");
            Component what = link.path() == null ? new Span(link.label()) : new Anchor(link.path(), link.label());
            list.add(new ListItem(new Span(link.kind() + ": "), what, when));
        }
        box.add(list);
        return box;
    }

    private Component attestations(IndicatorDetails details, AttestationService service, Runnable reload) {
        Div box = new Div(new H4("Attestations"));
        box.addClassName("attestations");
        if (details.attestations().isEmpty()) {
            box.add(new Paragraph(
                    details.indicator().evidence() == EvidencePolicy.ATTESTATION
                            ? "No record can show this indicator; a signed, dated statement with its evidence can."
                            : "None. Where no record shows it, a signed, dated statement with its evidence can."));
        }
        UnorderedList list = new UnorderedList();
        for (AttestationSummary a : details.attestations()) {
            list.add(attestation(a, service, reload));
        }
        if (!details.attestations().isEmpty()) {
            box.add(list);
        }
        attest.addClickListener(e -> new AttestationDialog(service, details.indicator(), reload).open());
        attest.setAriaLabel("Add attestation for " + details.indicator().shortText());
        box.add(attest);
        return box;
    }

    private ListItem attestation(AttestationSummary a, AttestationService service, Runnable reload) {
        Span status = new Span(status(a));
        status.addClassName("status-badge");
        status.addClassName(a.current() ? "active" : "lapsed");
        Paragraph statement = new Paragraph("“" + a.statement() + "”");
        Span by = new Span(" — " + a.author() + ", " + Formats.date(a.attestedOn())
                + (a.expiresOn() == null ? ", no expiry" : ", expires " + Formats.date(a.expiresOn())));
        by.addClassName("muted");
        ListItem item = new ListItem(status, statement, by);
        if (a.evidenceText() != null) {
            item.add(new Paragraph("Evidence: " + a.evidenceText()));
        }
        if (a.evidenceLink() != null) {
            Anchor link = new Anchor(a.evidenceLink(), a.evidenceLink());
            link.setTarget("_blank");
            link.getElement().setAttribute("rel", "noopener noreferrer");
            item.add(new Div(new Span("Link: "), link));
        }
        if (a.fileName() != null) {
            Anchor file = new Anchor(
                    DownloadHandler.fromInputStream(event -> {
                        EvidenceFile evidence = service.file(a.id());
                        return new DownloadResponse(
                                new ByteArrayInputStream(evidence.content()),
                                evidence.name(),
                                evidence.type() == null ? "application/octet-stream" : evidence.type(),
                                evidence.content().length);
                    }),
                    "File: " + a.fileName());
            file.getElement().setAttribute("download", true);
            item.add(new Div(file));
        }
        if (a.withdrawnOn() != null) {
            item.add(new Paragraph("Withdrawn on " + Formats.date(a.withdrawnOn())
                    + (a.withdrawnBy() == null ? "" : " by " + a.withdrawnBy()) + ": " + a.withdrawnReason()));
        } else {
            Button withdraw = new Button("Withdraw…", e -> new WithdrawDialog(service, a, reload).open());
            withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            withdraw.setAriaLabel("Withdraw the attestation of " + Formats.date(a.attestedOn()));
            item.add(withdraw);
        }
        // Every change to an attestation is audited; the record shows its history.
        item.add(new Details(
                "History of this attestation", new HistoryList(service.history(a.id()), service.libraryZone())));
        return item;
    }

    private String status(AttestationSummary a) {
        if (a.current()) {
            return "Counts";
        }
        if (a.withdrawnOn() != null) {
            return "Withdrawn";
        }
        return a.expiresOn() != null && !a.expiresOn().isAfter(asOf) ? "Expired" : "Not in effect on this date";
    }
}
