package org.commonground.vetting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.commonground.history.ui.HistoryList;
import org.commonground.shared.Formats;
import org.commonground.vetting.Verdict;
import org.commonground.vetting.VettingDetails;
import org.commonground.vetting.VettingService;

/** A partner's vetting on its page: the latest one in full, the earlier ones below, newest first. */
class PartnerVetting extends Div {

    final Button vet = new Button("Vet this partner", VaadinIcon.CLIPBOARD_CHECK.create());

    private final VettingService vettings;
    private final long partnerId;
    private final String partnerName;
    private final ZoneId zone;
    private final Instant currentSince;

    PartnerVetting(VettingService vettings, long partnerId, String partnerName, ZoneId zone, Instant currentSince) {
        this.vettings = vettings;
        this.partnerId = partnerId;
        this.partnerName = partnerName;
        this.zone = zone;
        this.currentSince = currentSince;
        setId("vetting");
        vet.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        vet.addClickListener(e -> new VetPartnerDialog(vettings, partnerId, partnerName, this::render).open());
        render();
    }

    void render() {
        removeAll();
        add(new H2("Vetting"));
        List<VettingDetails> all = vettings.vettingsOf(partnerId);
        if (all.isEmpty()) {
            Paragraph empty = new Paragraph("Not vetted yet.");
            empty.addClassName("vetting-status");
            add(empty, vet);
            return;
        }
        VettingDetails latest = all.getFirst();
        Paragraph status = new Paragraph(
                "Vetted on " + day(latest.vettedAt()) + " by " + latest.vetter() + " · " + latest.summary() + ".");
        status.addClassName("vetting-status");
        add(status);
        if (latest.vettedAt().isBefore(currentSince)) {
            Paragraph old = new Paragraph("This vetting is more than 12 months old: vet " + partnerName + " again.");
            old.addClassName("overdue");
            add(old);
        }
        add(vet, answers(latest, "Answers of the vetting on " + day(latest.vettedAt())));
        if (all.size() > 1) {
            add(new H3("Earlier vettings"));
            for (VettingDetails earlier : all.subList(1, all.size())) {
                Details item =
                        new Details(day(earlier.vettedAt()) + " · " + earlier.vetter() + " · " + earlier.summary());
                item.add(answers(earlier, "Answers of the vetting on " + day(earlier.vettedAt())));
                item.addClassName("earlier-vetting");
                add(item);
            }
        }
        Details history = new Details("Vetting audit history");
        history.addOpenedChangeListener(e -> {
            if (e.isOpened() && history.getContent().findAny().isEmpty()) {
                history.add(new HistoryList(vettings.history(partnerId), zone));
            }
        });
        add(history);
    }

    private static Component answers(VettingDetails vetting, String caption) {
        NativeTable table = new NativeTable();
        table.addClassName("vetting-answers");
        table.setCaptionText(caption);
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText("Criterion");
        head.addHeaderCell().setText("Answer");
        head.addHeaderCell().setText("Note");
        head.getHeaderCells().forEach(c -> c.getElement().setAttribute("scope", "col"));
        for (VettingDetails.Answer answer : vetting.answers()) {
            NativeTableRow row = table.getBody().addRow();
            row.addHeaderCell().setText(answer.criterion());
            row.getHeaderCells().getFirst().getElement().setAttribute("scope", "row");
            var verdict = row.addDataCell();
            verdict.setText(answer.verdict().label());
            verdict.addClassName(answer.verdict() == Verdict.NOT_MET ? "verdict-not-met" : "verdict");
            row.addDataCell().setText(answer.note() == null ? "—" : answer.note());
        }
        return table;
    }

    private String day(Instant at) {
        return Formats.date(at.atZone(zone));
    }
}
