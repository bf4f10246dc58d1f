package org.triage.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sha256 of a rule set's content: every file's relative path and bytes, in path order. It is
 * worked out when first asked for, by the first result, so that the questionnaire's first question
 * does not wait for it (the digest's first run in a fresh JVM is slow).
 */
public final class ContentHash {

    private final Map<String, byte[]> files;
    private volatile String sha256;

    /** {@code files}: relative path to content, in path order. */
    ContentHash(Map<String, byte[]> files) {
        this.files = new LinkedHashMap<>(files);
    }

    public String sha256() {
        String hex = sha256;
        if (hex == null) {
            hex = digest();
            sha256 = hex;
        }
        return hex;
    }

    private String digest() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            files.forEach((name, bytes) -> {
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(bytes);
                digest.update((byte) 0);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash the rule set", e);
        }
    }
}
