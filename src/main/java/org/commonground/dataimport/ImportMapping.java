package org.commonground.dataimport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A user's last column mapping for one kind of import, by header name, so the next file maps itself. */
@Entity
class ImportMapping {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @Column(nullable = false, length = 60)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ImportKind kind;

    /** One "field TAB header" per line. */
    @Column(name = "columns_text", nullable = false, length = 4000)
    private String columnsText;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private DateOrder dateFormat;

    @Column(nullable = false)
    private Instant updatedAt;

    protected ImportMapping() {}

    ImportMapping(String username, ImportKind kind) {
        this.username = username;
        this.kind = kind;
    }

    void remember(Map<String, String> headersByField, DateOrder dateOrder, Instant at) {
        StringBuilder text = new StringBuilder();
        headersByField.forEach((field, header) -> {
            String line = field + "\t" + header.replace('\t', ' ').replace('\n', ' ') + "\n";
            if (text.length() + line.length() <= 4000) {
                text.append(line);
            }
        });
        columnsText = text.toString();
        dateFormat = dateOrder;
        updatedAt = at;
    }

    Map<String, String> headersByField() {
        Map<String, String> map = new LinkedHashMap<>();
        for (String line : columnsText.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                map.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        return map;
    }

    DateOrder getDateFormat() {
        return dateFormat;
    }
}
