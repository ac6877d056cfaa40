package org.commonground.rubric;

/** An uploaded evidence file: its name as the user's computer called it, its type and its bytes. */
public record EvidenceFile(String name, String type, byte[] content) {}
