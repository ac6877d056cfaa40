package org.commonground.rubric;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.commonground.history.HistoryEntry;
import org.commonground.history.HistoryField;
import org.commonground.history.HistoryService;
import org.commonground.security.Account;
import org.commonground.security.CurrentUser;
import org.commonground.security.LibraryStaffOnly;
import org.commonground.security.Role;
import org.commonground.security.StaffMember;
import org.commonground.security.UserAccountService;
import org.commonground.shared.CommonGroundProperties;
import org.commonground.shared.InputValidator;
import org.commonground.shared.InvalidInputException;
import org.commonground.shared.RecordNotFoundException;
import org.commonground.shared.StaleRecordException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attestations: signed, dated statements for indicators no record can show. Library people attest and read;
 * the author, a director or an administrator may withdraw one. Every change is audited (Envers).
 */
@Service
@Transactional(readOnly = true)
@LibraryStaffOnly
public class AttestationService {

    private static final String ATTESTATION = "attestation";
    /** Evidence people keep as documents, pictures or spreadsheets; nothing a browser would run. */
    private static final Set<String> FILE_TYPES = Set.of(
            "pdf", "png", "jpg", "jpeg", "gif", "doc", "docx", "odt", "xls", "xlsx", "ods", "ppt", "pptx", "odp", "txt",
            "csv");

    private static final int EARLIEST_YEARS = 10;

    private final AttestationRepository attestations;
    private final AttestationFileRepository files;
    private final RubricCatalog catalog;
    private final CurrentUser currentUser;
    private final UserAccountService accounts;
    private final InputValidator validator;
    private final HistoryService history;
    private final Clock clock;
    private final CommonGroundProperties properties;
    private final long maxFileBytes;

    AttestationService(
            AttestationRepository attestations,
            AttestationFileRepository files,
            RubricCatalog catalog,
            CurrentUser currentUser,
            UserAccountService accounts,
            InputValidator validator,
            HistoryService history,
            Clock clock,
            CommonGroundProperties properties,
            RubricProperties rubricProperties) {
        this.attestations = attestations;
        this.files = files;
        this.catalog = catalog;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.validator = validator;
        this.history = history;
        this.clock = clock;
        this.properties = properties;
        this.maxFileBytes = rubricProperties.attestationFileMaxBytes().toBytes();
    }

    public ZoneId libraryZone() {
        return properties.timeZone();
    }

    public long maxFileBytes() {
        return maxFileBytes;
    }

    public AttestationForm newForm(String indicatorKey) {
        attestable(indicatorKey);
        return AttestationForm.forIndicator(indicatorKey, today());
    }

    /** Records an attestation by the signed-in person; the file is optional if there is text or a link. */
    @Transactional
    public long attest(AttestationForm form, EvidenceFile file) {
        attestable(form.getIndicatorKey());
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate today = today();
        if (form.getAttestedOn() != null) {
            if (form.getAttestedOn().isAfter(today)) {
                problems.put("attestedOn", "An attestation cannot be dated in the future.");
            } else if (form.getAttestedOn().isBefore(today.minusYears(EARLIEST_YEARS))) {
                problems.put("attestedOn", "An attestation can be dated at most " + EARLIEST_YEARS + " years back.");
            }
            if (form.getExpiresOn() != null && !form.getExpiresOn().isAfter(form.getAttestedOn())) {
                problems.put("expiresOn", "The expiry date must be after the date of the attestation.");
            }
        }
        if (form.getEvidenceLink() != null && !form.getEvidenceLink().isBlank() && !isWebLink(form.getEvidenceLink())) {
            problems.put("evidenceLink", "Enter a web address starting with https:// or http://.");
        }
        boolean hasText =
                form.getEvidenceText() != null && !form.getEvidenceText().isBlank();
        boolean hasLink =
                form.getEvidenceLink() != null && !form.getEvidenceLink().isBlank();
        if (file != null) {
            checkFile(file, problems);
        } else if (!hasText && !hasLink) {
            problems.put("evidenceText", "Give the evidence: describe it, link to it or attach a file.");
        }
        validator.check(form, problems);
        Account author = currentUser.account().orElseThrow(() -> new IllegalStateException("No signed-in user"));
        Attestation attestation = new Attestation(form, author.id());
        if (file != null) {
            attestation.attachFile(cleanName(file.name()), file.type(), file.content().length);
        }
        attestations.saveAndFlush(attestation);
        if (file != null) {
            files.save(new AttestationFile(attestation.getId(), file.content()));
        }
        return attestation.getId();
    }

    /** Withdraws an attestation from today on; it stays on record with the reason. */
    @Transactional
    public void withdraw(long id, long version, String reason) {
        Attestation attestation = find(id);
        if (attestation.getVersion() != version) {
            throw new StaleRecordException(ATTESTATION);
        }
        if (attestation.getWithdrawnOn() != null) {
            throw InvalidInputException.of(
                    "reason", "This attestation was already withdrawn on " + attestation.getWithdrawnOn() + ".");
        }
        if (!mayWithdraw(attestation)) {
            throw InvalidInputException.of(
                    "reason", "Only the author, a director or an administrator can withdraw " + "an attestation.");
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "Say why the attestation is withdrawn.");
        }
        if (reason.strip().length() > 500) {
            throw InvalidInputException.of("reason", "The reason can be at most 500 characters.");
        }
        attestation.withdraw(today(), reason.strip());
        try {
            attestations.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new StaleRecordException(ATTESTATION);
        }
    }

    /** An indicator's attestations, newest first, each marked current or not on {@code asOf}. */
    public List<AttestationSummary> of(String indicatorKey, LocalDate asOf) {
        Map<Long, StaffMember> staff = accounts.staffById();
        return attestations.findByIndicatorKeyOrderByAttestedOnDescIdDesc(indicatorKey).stream()
                .map(a -> summary(a, asOf, staff))
                .toList();
    }

    public EvidenceFile file(long attestationId) {
        Attestation attestation = find(attestationId);
        if (attestation.getFileName() == null) {
            throw new RecordNotFoundException("evidence file", attestationId);
        }
        byte[] content = files.findById(attestationId)
                .map(AttestationFile::content)
                .orElseThrow(() -> new RecordNotFoundException("evidence file", attestationId));
        return new EvidenceFile(attestation.getFileName(), attestation.getFileType(), content);
    }

    public List<HistoryEntry> history(long id) {
        find(id);
        Map<Long, StaffMember> staff = accounts.staffById();
        return history.of(
                Attestation.class,
                id,
                a -> "Attestation",
                List.of(
                        HistoryField.of("Statement", Attestation::getStatement),
                        HistoryField.of("Evidence", Attestation::getEvidenceText),
                        HistoryField.of("Link", Attestation::getEvidenceLink),
                        HistoryField.of("File", Attestation::getFileName),
                        HistoryField.of("Dated", Attestation::getAttestedOn),
                        HistoryField.of("Expires", Attestation::getExpiresOn),
                        HistoryField.of("Author", a -> staffName(staff, a.getAuthorId())),
                        HistoryField.of("Withdrawn", Attestation::getWithdrawnOn),
                        HistoryField.of("Reason", Attestation::getWithdrawnReason)));
    }

    /** For scoring: every attestation of these indicators. */
    List<Attestation> forIndicators(Set<String> keys) {
        return attestations.findByIndicatorKeyInOrderByAttestedOnDescIdDesc(keys);
    }

    boolean mayWithdraw(Attestation attestation) {
        if (currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.DIRECTOR)) {
            return true;
        }
        return currentUser
                .account()
                .map(u -> attestation.getAuthorId().equals(u.id()))
                .orElse(false);
    }

    private AttestationSummary summary(Attestation a, LocalDate asOf, Map<Long, StaffMember> staff) {
        return new AttestationSummary(
                a.getId(),
                a.getIndicatorKey(),
                a.getStatement(),
                a.getEvidenceText(),
                a.getEvidenceLink(),
                a.getFileName(),
                a.getFileSize(),
                a.getAttestedOn(),
                a.getExpiresOn(),
                staffName(staff, a.getAuthorId()),
                a.getWithdrawnOn(),
                a.getWithdrawnReason(),
                a.getWithdrawnOn() == null ? null : a.getUpdatedBy(),
                a.currentOn(asOf),
                a.getVersion(),
                a.getCreatedAt());
    }

    private static String staffName(Map<Long, StaffMember> staff, Long id) {
        StaffMember member = id == null ? null : staff.get(id);
        return member == null ? "user #" + id : member.displayName();
    }

    private void checkFile(EvidenceFile file, Map<String, String> problems) {
        String name = file.name() == null ? "" : file.name();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!FILE_TYPES.contains(extension)) {
            problems.put(
                    "file",
                    "Attach a document, picture or spreadsheet ("
                            + String.join(", ", FILE_TYPES.stream().sorted().toList()) + "); “" + name
                            + "” is not one.");
        } else if (file.content().length == 0) {
            problems.put("file", "The file “" + name + "” is empty.");
        } else if (file.content().length > maxFileBytes) {
            problems.put("file", "The file is larger than the limit of " + (maxFileBytes / (1024 * 1024)) + " MB.");
        }
    }

    private static boolean isWebLink(String text) {
        try {
            URI uri = URI.create(text.strip());
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String cleanName(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).strip();
        return base.length() > 255 ? base.substring(base.length() - 255) : base;
    }

    private void attestable(String indicatorKey) {
        IndicatorDefinition indicator = catalog.definition()
                .indicator(indicatorKey == null ? "" : indicatorKey)
                .orElseThrow(() -> new RecordNotFoundException("indicator", indicatorKey));
        if (!indicator.evidence().acceptsAttestation()) {
            throw InvalidInputException.of(
                    "indicatorKey",
                    "“" + indicator.shortText() + "” is shown by records only; "
                            + "an attestation cannot stand for them.");
        }
    }

    private Attestation find(long id) {
        return attestations.findById(id).orElseThrow(() -> new RecordNotFoundException(ATTESTATION, id));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(properties.timeZone()));
    }
}
