package org.commonground.dataimport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonground.partner.PartnerKey;
import org.commonground.shared.Texts;
import org.jspecify.annotations.Nullable;

/** Partners by external id and by name; a name two partners share must be told apart by external id. */
final class PartnerIndex {
    private final Map<String, PartnerKey> byExternal = new HashMap<>();
    private final Map<String, List<PartnerKey>> byName = new HashMap<>();

    PartnerIndex(List<PartnerKey> keys) {
        for (PartnerKey key : keys) {
            if (key.externalId() != null) {
                byExternal.put(key.externalId(), key);
            }
            byName.computeIfAbsent(key.nameKey(), k -> new ArrayList<>(1)).add(key);
        }
    }

    @Nullable
    PartnerKey byExternal(String externalId) {
        return byExternal.get(externalId);
    }

    @Nullable
    PartnerKey byName(ImportRow cells, String field, String name) {
        List<PartnerKey> found = byName.getOrDefault(Texts.key(name), List.of());
        if (found.isEmpty()) {
            cells.problem(
                    field,
                    "No partner is named “" + name + "”. Import or add the partner first, or " + "correct the name.");
            return null;
        }
        if (found.size() > 1) {
            cells.problem(
                    field,
                    found.size() + " partners are named “" + name + "”; use their external id to " + "say which one.");
            return null;
        }
        return found.getFirst();
    }

    @Nullable
    PartnerKey resolve(ImportRow cells, String externalField, String nameField) {
        String ext = cells.get(externalField);
        if (ext != null) {
            PartnerKey key = byExternal(ext);
            if (key == null) {
                cells.problem(externalField, "No partner has the external id “" + ext + "”.");
            }
            return key;
        }
        String name = cells.get(nameField);
        if (name == null) {
            cells.problem(
                    cells.mapping.has(nameField) ? nameField : externalField,
                    "Name the partner this contact works at.");
            return null;
        }
        return byName(cells, nameField, name);
    }
}
