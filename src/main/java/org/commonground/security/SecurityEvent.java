package org.commonground.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One line of the security log; written once, never changed. */
@Entity
public class SecurityEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private SecurityEventKind kind;

    @Column(length = 60)
    private String username;

    @Column(length = 64)
    private String address;

    @Column(length = 200)
    private String target;

    @Column(length = 500)
    private String detail;

    protected SecurityEvent() {}

    SecurityEvent(Instant at, SecurityEventKind kind, String username, String address, String target, String detail) {
        this.at = at;
        this.kind = kind;
        this.username = cut(username, 60);
        this.address = cut(address, 64);
        this.target = cut(target, 200);
        this.detail = cut(detail, 500);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public SecurityEventKind getKind() {
        return kind;
    }

    public String getUsername() {
        return username;
    }

    public String getAddress() {
        return address;
    }

    public String getTarget() {
        return target;
    }

    public String getDetail() {
        return detail;
    }
}
