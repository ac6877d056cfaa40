package org.commonground.rubric;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.commonground.shared.CommonGroundProperties;
import org.commonground.shared.Formats;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * The progress report as a PDF, written with OpenPDF: scores and stages, a trend chart per strand drawn as
 * vector graphics (JFreeChart into the PDF's own canvas), the figures as tables, highlights and next steps.
 * Uses the PDF standard fonts, so it prints the same everywhere and needs no font files.
 */
@Component
public class ProgressReportPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 20, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 14, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 10);
    private static final Font SMALL = new Font(Font.HELVETICA, 8);
    private static final Font BOLD_SMALL = new Font(Font.HELVETICA, 8, Font.BOLD);
    private static final Font BOLD = new Font(Font.HELVETICA, 10, Font.BOLD);
    private static final float CHART_WIDTH = 480;
    private static final float CHART_HEIGHT = 170;

    private final ZoneId zone;

    ProgressReportPdf(CommonGroundProperties properties) {
        this.zone = properties.timeZone();
    }

    public byte[] render(ProgressReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.LETTER, 54, 54, 54, 54);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle("STEM-equity progress report, " + report.libraryName());
        document.addSubject("Rubric scores from " + Formats.date(report.from()) + " to " + Formats.date(report.to()));
        document.addCreator("Common Ground");
        document.open();
        document.add(new Paragraph(report.libraryName(), TITLE));
        document.add(new Paragraph(
                "STEM-equity progress report, " + Formats.longDate(report.from()) + " to "
                        + Formats.longDate(report.to()),
                HEADING));
        document.add(new Paragraph(
                "Derived from the relationship work the library logged: each score counts "
                        + "the evidence dated within its look-back window. Generated "
                        + Formats.date(report.generatedAt().atZone(zone).toLocalDate()) + ".",
                BODY));

        section(document, "Scores and stages");
        document.add(scores(report));
        for (AreaSummary area : report.areas()) {
            Paragraph line = new Paragraph(area.area().title() + ": " + area.sentence() + ".", BODY);
            line.setSpacingBefore(4);
            document.add(line);
        }

        section(document, "Highlights of the period");
        bullets(
                document,
                report.highlights().isEmpty()
                        ? List.of("No indicator was completed and no work was " + "logged in this period.")
                        : report.highlights());

        section(document, "Next steps");
        bullets(
                document,
                report.nextSteps().isEmpty()
                        ? List.of("Every indicator is complete.")
                        : report.nextSteps().stream()
                                .map(s -> s.strand().title() + ": "
                                        + s.indicator().shortText() + " ("
                                        + s.finding().percent() + ")"
                                        + (s.finding().missing() == null
                                                ? ""
                                                : ". Missing: " + s.finding().missing()))
                                .toList());

        document.newPage();
        section(document, "Trend, month by month");
        for (StrandTrend trend : report.trend()) {
            document.add(new Paragraph(
                    trend.strand().areaTitle() + ": " + trend.strand().title(), BOLD));
            document.add(chart(writer, trend));
            document.add(trendTable(trend));
        }
        document.close();
        return out.toByteArray();
    }

    private static void section(Document document, String title) {
        Paragraph heading = new Paragraph(title, HEADING);
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(6);
        document.add(heading);
    }

    private static void bullets(Document document, List<String> lines) {
        for (String line : lines) {
            Paragraph p = new Paragraph(new Chunk("• " + plain(line), BODY));
            p.setIndentationLeft(10);
            document.add(p);
        }
    }

    private PdfPTable scores(ProgressReport report) {
        PdfPTable table = new PdfPTable(new float[] {3.2f, 1.3f, 1.5f, 1.3f, 1.5f, 1f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String header :
                List.of("Strand", "Score at start", "Stage at start", "Score at end", "Stage at end", "Change")) {
            PdfPCell cell = new PdfPCell(new Phrase(header, BOLD));
            cell.setGrayFill(0.9f);
            table.addCell(cell);
        }
        for (ProgressReport.StrandLine line : report.strands()) {
            table.addCell(
                    new Phrase(line.strand().areaTitle() + ": " + line.strand().title(), BODY));
            table.addCell(number(line.atStart().formatted()));
            table.addCell(new Phrase(line.atStart().stage().label(), BODY));
            table.addCell(number(line.atEnd().formatted()));
            table.addCell(new Phrase(line.atEnd().stage().label(), BODY));
            table.addCell(number(String.format(Locale.US, "%+.1f", line.change())));
        }
        return table;
    }

    private static PdfPCell number(String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, BODY));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    private static Image chart(PdfWriter writer, StrandTrend trend) {
        PdfContentByte canvas = writer.getDirectContent();
        PdfTemplate template = canvas.createTemplate(CHART_WIDTH, CHART_HEIGHT);
        Graphics2D graphics = template.createGraphics(CHART_WIDTH, CHART_HEIGHT);
        TrendCharts.of(trend).draw(graphics, new Rectangle2D.Double(0, 0, CHART_WIDTH, CHART_HEIGHT));
        graphics.dispose();
        Image image = Image.getInstance(template);
        image.setAlt(trend.strand().title() + ": score by month");
        return image;
    }

    private static PdfPTable trendTable(StrandTrend trend) {
        PdfPTable table = new PdfPTable(3);
        table.setWidthPercentage(50);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.setSpacingAfter(12);
        table.setHeaderRows(1);
        for (String header : List.of("Date", "Score", "Stage")) {
            table.addCell(new Phrase(header, BOLD_SMALL));
        }
        for (TrendPoint point : trend.points()) {
            table.addCell(new Phrase(Formats.date(point.date()), SMALL));
            table.addCell(new Phrase(point.score().formatted(), SMALL));
            table.addCell(new Phrase(point.score().stage().label(), SMALL));
        }
        return table;
    }

    /** The standard PDF fonts know Western characters only: arrows and the like are spelled out. */
    static String plain(String text) {
        return text.replace("→", "->").replace("≥", ">=").replace("▲", "up").replace("▼", "down");
    }
}
