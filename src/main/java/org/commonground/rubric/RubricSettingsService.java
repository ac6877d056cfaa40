package org.commonground.rubric;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonground.rubric.rule.Parameters;
import org.commonground.rubric.rule.RuleEngine;
import org.commonground.rubric.rule.Tunable;
import org.commonground.security.LibraryStaffOnly;
import org.commonground.shared.CommonGroundProperties;
import org.commonground.shared.InvalidInputException;
import org.commonground.shared.RecordNotFoundException;
import org.commonground.shared.StaleRecordException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rubric's tunable parameters (thresholds, look-back windows): library people read them, administrators
 * change them. A change applies from the moment it is saved; earlier dates keep their parameters.
 */
@Service
@Transactional(readOnly = true)
@LibraryStaffOnly
public class RubricSettingsService {

    private static final int NOTE_MAX = 500;

    private final IndicatorSettingRepository settings;
    private final RubricCatalog catalog;
    private final RuleEngine engine;
    private final Clock clock;
    private final CommonGroundProperties properties;

    RubricSettingsService(
            IndicatorSettingRepository settings,
            RubricCatalog catalog,
            RuleEngine engine,
            Clock clock,
            CommonGroundProperties properties) {
        this.settings = settings;
        this.catalog = catalog;
        this.engine = engine;
        this.clock = clock;
        this.properties = properties;
    }

    SettingsSnapshot snapshot() {
        return new SettingsSnapshot(settings.findAllByOrderByEffectiveFromAscIdAsc(), properties.timeZone());
    }

    /** The parameters of every indicator that has any, in rubric order. */
    public List<IndicatorTuning> tunings() {
        SettingsSnapshot snapshot = snapshot();
        List<IndicatorTuning> all = new ArrayList<>();
        for (IndicatorDefinition indicator : catalog.definition().indicators()) {
            if (!engine.tunables(indicator.rule()).isEmpty()) {
                all.add(tuning(indicator, snapshot));
            }
        }
        return all;
    }

    public IndicatorTuning tuning(String indicatorKey) {
        return tuning(indicator(indicatorKey), snapshot());
    }

    /**
     * Saves new values for an indicator's parameters, in effect from now.
     *
     * @param seenSettingId the tuning the administrator started from ({@link IndicatorTuning#latestSettingId()})
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void tune(String indicatorKey, Map<String, Integer> values, String note, long seenSettingId) {
        IndicatorDefinition indicator = indicator(indicatorKey);
        List<IndicatorSetting> history = settings.findByIndicatorKeyOrderByEffectiveFromDescIdDesc(indicatorKey);
        long latest = history.isEmpty() ? 0 : history.getFirst().getId();
        if (latest != seenSettingId) {
            throw new StaleRecordException("indicator's parameters");
        }
        Map<String, Integer> checked = check(indicator, values, note);
        Map<String, Integer> now = snapshot()
                .on(indicator, LocalDate.now(clock.withZone(properties.timeZone())))
                .values();
        if (checked.equals(now)) {
            throw InvalidInputException.of("parameters", "These are the values already in effect; nothing to save.");
        }
        settings.save(new IndicatorSetting(
                indicatorKey, checked, clock.instant(), note == null || note.isBlank() ? null : note.strip()));
    }

    private Map<String, Integer> check(IndicatorDefinition indicator, Map<String, Integer> values, String note) {
        Map<String, String> problems = new LinkedHashMap<>();
        Map<String, Integer> checked = new LinkedHashMap<>();
        for (Tunable t : engine.tunables(indicator.rule())) {
            Integer value = values.get(t.name());
            if (value == null) {
                problems.put(t.name(), t.label() + " is required.");
            } else if (value < t.min() || value > t.max()) {
                problems.put(t.name(), t.label() + " must be between " + t.min() + " and " + t.max() + ".");
            } else {
                checked.put(t.name(), value);
            }
        }
        // Months with sessions cannot exceed the months the window holds.
        checked.forEach((name, value) -> {
            if (name.endsWith("minMonths")) {
                String window = name.substring(0, name.length() - "minMonths".length()) + "windowMonths";
                if (checked.containsKey(window) && value > checked.get(window)) {
                    problems.putIfAbsent(
                            name,
                            "There cannot be more months with sessions than months in the " + "look-back window ("
                                    + checked.get(window) + ").");
                }
            }
        });
        if (note != null && note.strip().length() > NOTE_MAX) {
            problems.put("note", "The note can be at most " + NOTE_MAX + " characters.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return checked;
    }

    private IndicatorTuning tuning(IndicatorDefinition indicator, SettingsSnapshot snapshot) {
        List<IndicatorSetting> history = settings.findByIndicatorKeyOrderByEffectiveFromDescIdDesc(indicator.key());
        List<IndicatorTuning.Change> changes = new ArrayList<>();
        List<IndicatorSetting> oldestFirst = new ArrayList<>(history);
        Collections.reverse(oldestFirst);
        Map<String, Integer> before = indicator.defaults();
        for (IndicatorSetting row : oldestFirst) {
            Map<String, Integer> after = new LinkedHashMap<>(indicator.defaults());
            row.values().forEach((k, v) -> after.computeIfPresent(k, (n, o) -> v));
            changes.add(
                    0,
                    new IndicatorTuning.Change(
                            row.getEffectiveFrom(), row.getCreatedBy(), before, after, row.getNote()));
            before = after;
        }
        Parameters current = snapshot.on(indicator, LocalDate.now(clock.withZone(properties.timeZone())));
        return new IndicatorTuning(
                indicator,
                indicator.rule().kind(),
                engine.tunables(indicator.rule()),
                indicator.defaults(),
                current.values(),
                history.isEmpty() ? 0 : history.getFirst().getId(),
                changes);
    }

    private IndicatorDefinition indicator(String key) {
        return catalog.definition().indicator(key).orElseThrow(() -> new RecordNotFoundException("indicator", key));
    }
}
