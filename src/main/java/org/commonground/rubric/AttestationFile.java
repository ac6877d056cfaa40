package org.commonground.rubric;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An attestation's uploaded evidence, kept apart so lists of attestations never read the bytes. */
@Entity
class AttestationFile {

    @Id
    private Long attestationId;

    @Column(nullable = false)
    private byte[] content;

    protected AttestationFile() {}

    AttestationFile(long attestationId, byte[] content) {
        this.attestationId = attestationId;
        this.content = content;
    }

    byte[] content() {
        return content;
    }
}
