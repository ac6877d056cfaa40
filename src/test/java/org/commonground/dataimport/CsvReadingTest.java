package org.commonground.dataimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.commonground.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Reading a file people saved from their spreadsheets: what is read, and what is refused with which words. */
class CsvReadingTest {

    static CsvFile read(byte[] bytes) {
        return CsvReading.read("people.csv", bytes, null, 1_000);
    }

    static CsvFile read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    static String refusal(byte[] bytes, Charset charset) {
        InvalidInputException e = (InvalidInputException) org.assertj.core.api.Assertions.catchThrowable(
                () -> CsvReading.read("people.csv", bytes, charset, 1_000));
        assertThat(e).as("refused").isNotNull();
        return String.join(" ", e.fieldMessages().values());
    }

    @Test
    void a_byte_order_mark_is_dropped_and_quoted_line_breaks_keep_their_rows_starting_line() {
        CsvFile file = read("\uFEFFName,Notes\nAnn,\"two\nlines\"\nBo,one\n");
        assertThat(file.headers()).containsExactly("Name", "Notes");
        assertThat(file.rows()).extracting(CsvFile.Row::line).containsExactly(2, 4);
        assertThat(file.rows().getFirst().values()).containsExactly("Ann", "two\nlines");
    }

    @Test
    void the_delimiter_is_taken_from_the_header_line_outside_quotes() {
        assertThat(read("Name;Kind\nA;B\n").delimiter()).isEqualTo(';');
        assertThat(read("\"Name, full\";Kind;Notes\nA;B;C\n").delimiter()).isEqualTo(';');
        assertThat(read("Name\tKind\nA\tB\n").delimiter()).isEqualTo('\t');
        assertThat(read("Name,Kind\nA,B\n").delimiter()).isEqualTo(',');
    }

    @Test
    void blank_lines_and_empty_rows_are_skipped_and_a_blank_header_gets_a_name() {
        CsvFile file = read("Name,,Kind\n\n,,\nAnn,x,Other\n");
        assertThat(file.headers()).containsExactly("Name", "Column 2", "Kind");
        assertThat(file.rows()).singleElement().extracting(CsvFile.Row::line).isEqualTo(4);
    }

    @Test
    void a_workbook_utf16_binary_and_empty_files_are_refused_with_what_to_do() {
        assertThat(refusal(new byte[] {'P', 'K', 3, 4, 0, 0}, null))
                .contains("Excel workbook")
                .contains("CSV UTF-8");
        assertThat(refusal("Name,Kind\nA,B".getBytes(StandardCharsets.UTF_16), null))
                .contains("UTF-16");
        assertThat(refusal("Name,Kind\nA\u0000,B".getBytes(StandardCharsets.UTF_8), null))
                .contains("binary data (line 2)");
        assertThat(refusal(new byte[0], null)).contains("The file is empty");
        assertThat(refusal("Name,Kind\n".getBytes(StandardCharsets.UTF_8), null))
                .contains("no rows below it");
        assertThat(refusal("just words\nmore words\n".getBytes(StandardCharsets.UTF_8), null))
                .contains("no commas or semicolons");
    }

    @Test
    void windows_1252_is_refused_with_the_line_and_byte_unless_the_person_chooses_that_encoding() {
        byte[] latin = "Name,City\nJosé,Montréal\n".getBytes(Charset.forName("windows-1252"));
        assertThat(refusal(latin, null)).contains("line 2 has the byte 0xE9");
        CsvFile file = CsvReading.read("people.csv", latin, Charset.forName("windows-1252"), 1_000);
        assertThat(file.rows().getFirst().values()).containsExactly("José", "Montréal");
    }

    @Test
    void a_file_over_the_limit_is_refused_naming_the_limit_and_the_setting() {
        byte[] big = ("Name,Kind\n" + "A,B\n".repeat(400)).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> read(big))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(
                                ((InvalidInputException) e).fieldMessages().get(CsvReading.FILE))
                        .contains("commonground.import.max-bytes"));
    }

    @Test
    void a_file_whose_rows_mostly_do_not_line_up_is_not_a_csv_file() {
        assertThat(refusal("a,b,c\n1\n2\n3,4,5\n4\n".getBytes(StandardCharsets.UTF_8), null))
                .contains("3 of 4 rows do not have the header's 3 columns");
        assertThat(refusal("Name,Notes\nAnn,\"never closed\n".getBytes(StandardCharsets.UTF_8), null))
                .contains("not well-formed CSV");
    }
}
