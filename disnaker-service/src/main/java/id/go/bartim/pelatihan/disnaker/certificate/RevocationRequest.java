package id.go.bartim.pelatihan.disnaker.certificate;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/certificates/{number}/revocation} (SPEC 11). */
@Schema(name = "RevocationRequest", example = """
        {"reason": "Penilaian dibatalkan oleh asesor; sertifikat diterbitkan atas penilaian yang salah"}""")
public record RevocationRequest(
        @NotBlank(message = "must not be blank")
        @Schema(description = "Why the certificate is revoked: trimmed, not blank, at most "
                + CertificateRules.REASON_MAX_LENGTH + " characters. Free text: it is sent to the rutan and shown to "
                + "officers and viewers of both services, never to the public",
                maxLength = CertificateRules.REASON_MAX_LENGTH)
        String reason) {
}
