package fr.tandem.training.control;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import fr.tandem.platform.mail.PublicUrl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The codes of the self check-in: one per session and minute, the HMAC-SHA256 of both under a
 * server secret kept in the {@code training.checkin.secret} setting (drawn at first use), cut to
 * eight hexadecimal digits. The code of the current minute and of the one before are accepted, so
 * that a code scanned as it changes still works. Also the check-in's opening
 * ({@code training.checkin.minutesBefore}, 15 by default) and the QR code of the check-in address.
 */
@Dependent
public class CheckInCodes {

    static final String SECRET = "training.checkin.secret";
    static final String MINUTES_BEFORE = "training.checkin.minutesBefore";
    static final int DEFAULT_MINUTES_BEFORE = 15;

    /** The page a teacher's phone opens from the QR code. */
    static final String CHECK_IN_PAGE = "training/check-in.xhtml";

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    PublicUrl publicUrl;

    /** How long before its start a session's check-in opens. */
    public Duration opensBefore() {
        return setting(MINUTES_BEFORE).map(value -> {
            try {
                return Duration.ofMinutes(Math.max(0, Integer.parseInt(value.strip())));
            } catch (NumberFormatException notANumber) {
                return Duration.ofMinutes(DEFAULT_MINUTES_BEFORE);
            }
        }).orElse(Duration.ofMinutes(DEFAULT_MINUTES_BEFORE));
    }

    /** The code of the session for the minute of {@code now}. */
    public String code(long sessionId, Instant now) {
        return code(secret(), sessionId, minute(now));
    }

    /** Whether the code is the session's code of this minute or of the one before. */
    public boolean accepts(long sessionId, String code, Instant now) {
        if (code == null || code.isBlank()) {
            return false;
        }
        byte[] given = code.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        byte[] secret = secret();
        long minute = minute(now);
        return MessageDigest.isEqual(given, code(secret, sessionId, minute).getBytes(StandardCharsets.US_ASCII))
                | MessageDigest.isEqual(given, code(secret, sessionId, minute - 1).getBytes(StandardCharsets.US_ASCII));
    }

    /** The address a teacher opens to check in with the session's code of this minute. */
    public String address(long sessionId, Instant now) {
        return publicUrl.of(CHECK_IN_PAGE + "?session=" + sessionId + "&code=" + code(sessionId, now));
    }

    /** When the code of {@code now} gives way to the next one. */
    public static Instant nextChange(Instant now) {
        return Instant.ofEpochSecond((minute(now) + 1) * 60);
    }

    /** The QR code of an address as an SVG image, black modules on white, with a quiet zone. */
    public static String qrSvg(String content) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
        } catch (WriterException tooLong) {
            throw new IllegalStateException("QR code could not be made", tooLong);
        }
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + matrix.getWidth() + " " + matrix.getHeight()
                + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\""
                + path + "\" fill=\"#000\"/></svg>";
    }

    private static long minute(Instant now) {
        return Math.floorDiv(now.getEpochSecond(), 60);
    }

    private static String code(byte[] secret, long sessionId, long minute) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] digest = mac.doFinal((sessionId + ":" + minute).getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** The server's secret; the first caller draws it, and whoever loses the race reads the winner's. */
    private byte[] secret() {
        String stored = setting(SECRET).orElse("");
        if (stored.isBlank()) {
            byte[] drawn = new byte[32];
            new SecureRandom().nextBytes(drawn);
            em.createNativeQuery("update app_setting set setting_value = ?1 where setting_name = ?2 and setting_value = ''")
                    .setParameter(1, Base64.getEncoder().encodeToString(drawn)).setParameter(2, SECRET).executeUpdate();
            stored = setting(SECRET).orElseThrow();
        }
        return Base64.getDecoder().decode(stored);
    }

    private Optional<String> setting(String name) {
        List<?> values = em.createNativeQuery("select setting_value from app_setting where setting_name = ?1")
                .setParameter(1, name).getResultList();
        return values.stream().findFirst().map(Object::toString);
    }
}
