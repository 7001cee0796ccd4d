package org.fundtrail.audit.integrity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks an inclusion proof offline, with nothing but a JDK and the compiled classes of this package:
 * <pre>
 * java -cp target/classes org.fundtrail.audit.integrity.ProofVerifier proof.json publickey.pem
 * </pre>
 * It recomputes the content hash from the event's canonical content, the root from the leaf and the audit path
 * (RFC 9162 section 2.1.3.2) and checks the root's Ed25519 signature with the given public key. Exit status 0 when
 * everything holds, 1 when something does not, 2 on bad usage. Uses only {@link Hashes}, {@link EventContent},
 * {@link MerkleTree} and {@link RootSignature}, which depend on the JDK alone.
 */
public final class ProofVerifier {

    public record Result(boolean verified, List<String> findings) {
    }

    private ProofVerifier() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java -cp target/classes " + ProofVerifier.class.getName() + " proof.json publickey.pem");
            System.exit(2);
        }
        Result result = verify(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8),
                Files.readString(Path.of(args[1]), StandardCharsets.US_ASCII));
        result.findings().forEach(System.out::println);
        System.out.println(result.verified() ? "VERIFIED" : "NOT VERIFIED");
        System.exit(result.verified() ? 0 : 1);
    }

    public static Result verify(String proofJson, String publicKeyPem) {
        List<String> findings = new ArrayList<>();
        boolean ok;
        try {
            ok = check(Json.parseObject(proofJson), RootSignature.publicKeyFromPem(publicKeyPem), findings);
        } catch (RuntimeException e) {
            findings.add("FAIL unreadable proof or key: " + e.getMessage());
            ok = false;
        }
        return new Result(ok, findings);
    }

    private static boolean check(Map<String, Object> proof, PublicKey key, List<String> findings) {
        boolean ok = expect(InclusionProof.FORMAT.equals(proof.get("format")), findings,
                "format is " + InclusionProof.FORMAT);

        byte[] canonical = Base64.getDecoder().decode(string(proof, "canonicalContent"));
        EventContent content = EventContent.decode(canonical);
        ok &= expect(content.eventIdentifier().equals(proof.get("eventIdentifier")), findings,
                "canonical content is event " + proof.get("eventIdentifier") + " (it is " + content.eventIdentifier() + ")");
        byte[] contentHash = Hashes.sha256(canonical);
        ok &= expect(Hashes.hex(contentHash).equals(proof.get("contentHash")), findings,
                "content hash SHA-256(canonical content) = " + Hashes.hex(contentHash));

        long leafIndex = number(proof, "leafIndex");
        long treeSize = number(proof, "treeSize");
        @SuppressWarnings("unchecked")
        Map<String, Object> root = (Map<String, Object>) proof.get("root");
        List<byte[]> path = new ArrayList<>();
        for (Object step : (List<?>) proof.get("auditPath")) {
            path.add(Hashes.fromHex((String) step));
        }
        byte[] rootHash = Hashes.fromHex(string(root, "root"));
        ok &= expect(number(root, "treeSize") == treeSize, findings, "the signed root is of a tree of " + treeSize);
        ok &= expect(MerkleTree.verifyInclusion(leafIndex, treeSize, MerkleTree.leafHash(contentHash), path, rootHash),
                findings, "leaf " + leafIndex + " with its audit path of " + path.size() + " hashes gives root "
                        + Hashes.hex(rootHash));

        String message = RootSignature.message(treeSize, rootHash, string(root, "publishedAt"));
        ok &= expect(RootSignature.keyId(key).equals(root.get("keyId")), findings,
                "the root was signed with this key (" + RootSignature.keyId(key) + ")");
        ok &= expect(RootSignature.verify(key, message, Base64.getDecoder().decode(string(root, "signature"))),
                findings, "Ed25519 signature over \"" + message + "\"");
        return ok;
    }

    private static boolean expect(boolean holds, List<String> findings, String what) {
        findings.add((holds ? "ok   " : "FAIL ") + what);
        return holds;
    }

    private static String string(Map<String, Object> object, String field) {
        if (!(object.get(field) instanceof String value)) {
            throw new IllegalArgumentException("missing text field " + field);
        }
        return value;
    }

    private static long number(Map<String, Object> object, String field) {
        if (!(object.get(field) instanceof Long value)) {
            throw new IllegalArgumentException("missing whole-number field " + field);
        }
        return value;
    }

    /** Just enough JSON (objects, arrays, strings, integers, true/false/null) to read a proof without a library. */
    static final class Json {
        private final String text;
        private int at;

        private Json(String text) {
            this.text = text;
        }

        @SuppressWarnings("unchecked")
        static Map<String, Object> parseObject(String text) {
            Json json = new Json(text);
            Object value = json.value();
            json.space();
            if (json.at != text.length() || !(value instanceof Map)) {
                throw new IllegalArgumentException("not a JSON object");
            }
            return (Map<String, Object>) value;
        }

        private Object value() {
            space();
            char c = peek();
            if (c == '{') {
                Map<String, Object> object = new LinkedHashMap<>();
                at++;
                if (skip('}')) {
                    return object;
                }
                do {
                    space();
                    String name = string();
                    space();
                    take(':');
                    object.put(name, value());
                } while (skip(','));
                take('}');
                return object;
            }
            if (c == '[') {
                List<Object> array = new ArrayList<>();
                at++;
                if (skip(']')) {
                    return array;
                }
                do {
                    array.add(value());
                } while (skip(','));
                take(']');
                return array;
            }
            if (c == '"') {
                return string();
            }
            for (String word : new String[]{"true", "false", "null"}) {
                if (text.startsWith(word, at)) {
                    at += word.length();
                    return word.equals("null") ? null : Boolean.valueOf(word);
                }
            }
            int start = at;
            while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            String number = text.substring(start, at);
            if (number.isEmpty()) {
                throw new IllegalArgumentException("unexpected '" + c + "' at " + start);
            }
            return number.matches("-?\\d+") ? (Object) Long.valueOf(number) : number;
        }

        private String string() {
            take('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                char c = text.charAt(at++);
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char e = text.charAt(at++);
                switch (e) {
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> out.append(e);
                }
            }
        }

        private void space() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        private char peek() {
            if (at >= text.length()) {
                throw new IllegalArgumentException("unexpected end of JSON");
            }
            return text.charAt(at);
        }

        private boolean skip(char c) {
            space();
            if (at < text.length() && text.charAt(at) == c) {
                at++;
                return true;
            }
            return false;
        }

        private void take(char c) {
            if (!skip(c)) {
                throw new IllegalArgumentException("expected '" + c + "' at " + at);
            }
        }
    }
}
