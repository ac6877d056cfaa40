package org.commonground.rubric;

/** Whether an attestation can stand for the records an indicator's rule reads. */
public enum EvidencePolicy {
    /** Only records count. */
    RECORDS("records", "Shown by records only"),
    /** Records count, and a current attestation counts as complete. */
    RECORDS_OR_ATTESTATION("records-or-attestation", "Shown by records, or by a current attestation"),
    /** No record can show it: only a current attestation counts. */
    ATTESTATION("attestation", "Shown by a current attestation");

    private final String dataName;
    private final String label;

    EvidencePolicy(String dataName, String label) {
        this.dataName = dataName;
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean acceptsAttestation() {
        return this != RECORDS;
    }

    static EvidencePolicy ofDataName(String name) {
        for (EvidencePolicy policy : values()) {
            if (policy.dataName.equals(name)) {
                return policy;
            }
        }
        throw new IllegalArgumentException(
                "evidence: \"" + name + "\" is not one of records, " + "records-or-attestation, attestation");
    }
}
