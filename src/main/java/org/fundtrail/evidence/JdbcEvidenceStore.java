package org.fundtrail.evidence;

import org.fundtrail.evidence.api.EvidenceAccessPolicy;
import org.fundtrail.evidence.api.EvidenceContent;
import org.fundtrail.evidence.api.EvidenceReference;
import org.fundtrail.evidence.api.EvidenceScope;
import org.fundtrail.evidence.api.EvidenceStore;
import org.fundtrail.evidence.api.StoredEvidence;
import org.fundtrail.infra.ProblemHandler;
import org.fundtrail.infra.RuleViolation;
import org.fundtrail.security.Access;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.fundtrail.evidence.api.EvidenceErrorCode.EVIDENCE_FILE_REQUIRED;
import static org.fundtrail.evidence.api.EvidenceErrorCode.EVIDENCE_TOO_LARGE;
import static org.fundtrail.evidence.api.EvidenceErrorCode.EVIDENCE_TYPE_NOT_ALLOWED;

/** Evidence in PostgreSQL: one row per distinct content, one row per record owner it was uploaded for. */
@Component
@EnableConfigurationProperties(EvidenceProperties.class)
class JdbcEvidenceStore implements EvidenceStore {

    private final JdbcClient jdbc;
    private final Access access;
    private final EvidenceProperties properties;
    private final Map<EvidenceScope.Kind, EvidenceAccessPolicy> policies = new EnumMap<>(EvidenceScope.Kind.class);

    JdbcEvidenceStore(JdbcClient jdbc, Access access, EvidenceProperties properties, List<EvidenceAccessPolicy> policies) {
        this.jdbc = jdbc;
        this.access = access;
        this.properties = properties;
        policies.forEach(policy -> this.policies.put(policy.kind(), policy));
        for (EvidenceScope.Kind kind : EvidenceScope.Kind.values()) {
            if (!this.policies.containsKey(kind)) {
                throw new IllegalStateException("no evidence access policy for " + kind);
            }
        }
    }

    @Override
    @Transactional
    public StoredEvidence store(EvidenceScope scope, MultipartFile file) {
        policies.get(scope.kind()).requireWrite(scope.id());
        if (file == null || file.isEmpty()) {
            throw new RuleViolation(EVIDENCE_FILE_REQUIRED, "file", "choose a file (PDF, JPEG or PNG) to attach");
        }
        long limit = properties.maxFileSize().toBytes();
        if (file.getSize() > limit) {
            throw new RuleViolation(EVIDENCE_TOO_LARGE, "file", "the file has " + file.getSize()
                    + " bytes; at most " + limit + " bytes (" + properties.maxFileSize().toMegabytes() + " MB) are accepted");
        }
        byte[] content = bytesOf(file);
        EvidenceType type = EvidenceType.recognise(content).orElseThrow(() -> new RuleViolation(EVIDENCE_TYPE_NOT_ALLOWED,
                "file", "only PDF, JPEG and PNG files are accepted as evidence; this file is none of them"));
        String sha256 = sha256(content);
        String filename = filenameOf(file, type);
        jdbc.sql("""
                        INSERT INTO evidence_file (sha256, content_type, size_bytes, content, filename, uploaded_by)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING""")
                .params(sha256, type.mediaType(), content.length, content, filename, access.currentUser().username())
                .update();
        jdbc.sql("INSERT INTO evidence_scope (sha256, scope_kind, scope_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(sha256, scope.kind().name(), scope.id())
                .update();
        return new StoredEvidence(new EvidenceReference(sha256), type.mediaType(), content.length, filename);
    }

    @Override
    @Transactional(readOnly = true)
    public EvidenceContent open(EvidenceReference reference) {
        List<EvidenceScope> scopes = jdbc.sql("SELECT scope_kind, scope_id FROM evidence_scope WHERE sha256 = ?")
                .param(reference.sha256())
                .query((rs, n) -> new EvidenceScope(EvidenceScope.Kind.valueOf(rs.getString(1)), rs.getString(2)))
                .list();
        if (scopes.isEmpty()) {
            throw new ProblemHandler.NotFound("no evidence file " + reference);
        }
        boolean mayRead = scopes.stream().anyMatch(scope -> policies.get(scope.kind()).mayRead(scope.id()));
        if (!mayRead) {
            throw new AccessDeniedException(access.currentUser().username() + " may not see evidence " + reference);
        }
        return jdbc.sql("SELECT content_type, size_bytes, filename, content FROM evidence_file WHERE sha256 = ?")
                .param(reference.sha256())
                .query((rs, n) -> new EvidenceContent(new StoredEvidence(reference, rs.getString(1), rs.getLong(2),
                        rs.getString(3)), rs.getBytes(4)))
                .single();
    }

    private static byte[] bytesOf(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the uploaded file", e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The name without any directory part a browser sent, at most 200 characters; the type's extension otherwise. */
    private static String filenameOf(MultipartFile file, EvidenceType type) {
        String original = file.getOriginalFilename();
        String name = original == null ? "" : original.replaceAll("^.*[/\\\\]", "").replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "evidence" + type.extension();
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
