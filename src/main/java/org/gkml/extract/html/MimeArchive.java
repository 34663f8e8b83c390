package org.gkml.extract.html;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A saved web archive (MHT / MHTML: Word's "single file web page", often handed out under a .doc name, or
 * a browser's saved page): a MIME multipart message whose first text/html part is the page. Only what
 * finding and decoding that part needs is read: the boundary, each part's Content-Type and
 * Content-Transfer-Encoding (quoted-printable, base64, or raw).
 */
final class MimeArchive {

    /** The page's bytes and the charset its MIME header declares (or null). */
    record Page(byte[] bytes, String charset) {
    }

    private static final Pattern BOUNDARY = Pattern.compile("boundary\\s*=\\s*\"?([^\";\\r\\n]+)\"?", Pattern.CASE_INSENSITIVE);
    private static final Pattern USED_DELIMITER = Pattern.compile("(?m)^(--[!-~]{6,70}?)(--)?\\r?$");
    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*\"?([^\";\\s]+)\"?", Pattern.CASE_INSENSITIVE);

    private MimeArchive() {
    }

    /** True when the bytes start like a MIME message (header lines, one of them MIME-Version or Content-Type multipart). */
    static boolean looksLikeMime(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        int end = headerEnd(head);
        String headers = end < 0 ? head : head.substring(0, end);
        return headers.contains("multipart/related") || headers.contains("multipart/mixed") || headers.startsWith("mime-version:");
    }

    /** The first text/html part, decoded from its transfer encoding; empty when the archive holds none. */
    static Optional<Page> htmlPage(byte[] bytes) {
        // ISO-8859-1 maps bytes to chars one to one, so positions found in the string are byte positions.
        String all = new String(bytes, StandardCharsets.ISO_8859_1);
        int end = headerEnd(all);
        if (end < 0) return Optional.empty();
        Map<String, String> headers = headers(all.substring(0, end));
        Matcher b = BOUNDARY.matcher(headers.getOrDefault("content-type", ""));
        if (!b.find()) return Optional.ofNullable(part(headers, all.substring(end)));
        String delimiter = "--" + b.group(1).strip();
        int pos = all.indexOf(delimiter, end);
        if (pos < 0) {
            // The header names a boundary no part uses (an archive edited by hand or re-saved by a mail tool):
            // the first delimiter-shaped line of the body is the boundary in use.
            Matcher used = USED_DELIMITER.matcher(all);
            if (used.find(end)) {
                delimiter = used.group(1);
                pos = used.start(1);
            }
        }
        while (pos >= 0) {
            int start = all.indexOf('\n', pos);
            if (start < 0 || all.startsWith(delimiter + "--", pos)) break;
            int next = all.indexOf(delimiter, start);
            String partText = all.substring(start + 1, next < 0 ? all.length() : next);
            int partHeaderEnd = headerEnd(partText);
            if (partHeaderEnd >= 0) {
                Page page = part(headers(partText.substring(0, partHeaderEnd)), partText.substring(partHeaderEnd));
                if (page != null) return Optional.of(page);
            }
            pos = next;
        }
        return Optional.empty();
    }

    private static Page part(Map<String, String> headers, String body) {
        String type = headers.getOrDefault("content-type", "text/plain");
        if (!type.toLowerCase(Locale.ROOT).startsWith("text/html")) return null;
        Matcher cs = CHARSET.matcher(type);
        String charset = cs.find() ? cs.group(1) : null;
        String encoding = headers.getOrDefault("content-transfer-encoding", "").strip().toLowerCase(Locale.ROOT);
        String content = body.replaceFirst("^\\r?\\n\\r?\\n?", "");
        byte[] decoded = switch (encoding) {
            case "quoted-printable" -> quotedPrintable(content);
            case "base64" -> Base64.getMimeDecoder().decode(content.replaceAll("[^A-Za-z0-9+/=]", ""));
            default -> content.getBytes(StandardCharsets.ISO_8859_1);
        };
        return new Page(decoded, charset);
    }

    /** Header lines (continuations unfolded), names lower-cased. */
    private static Map<String, String> headers(String block) {
        Map<String, String> out = new LinkedHashMap<>();
        String last = null;
        for (String line : block.split("\\r?\\n")) {
            if (line.isEmpty()) continue;
            if ((line.startsWith(" ") || line.startsWith("\t")) && last != null) {
                out.put(last, out.get(last) + " " + line.strip());
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) continue;
            last = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            out.put(last, line.substring(colon + 1).strip());
        }
        return out;
    }

    /** Index just past the blank line ending a header block, or -1. */
    private static int headerEnd(String s) {
        int crlf = s.indexOf("\r\n\r\n");
        int lf = s.indexOf("\n\n");
        if (crlf >= 0 && (lf < 0 || crlf < lf)) return crlf + 4;
        return lf < 0 ? -1 : lf + 2;
    }

    private static byte[] quotedPrintable(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '=' && i + 1 < s.length() && (s.charAt(i + 1) == '\n' || s.charAt(i + 1) == '\r')) {
                i += s.charAt(i + 1) == '\r' && i + 2 < s.length() && s.charAt(i + 2) == '\n' ? 2 : 1; // soft line break
            } else if (c == '=' && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
                out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
