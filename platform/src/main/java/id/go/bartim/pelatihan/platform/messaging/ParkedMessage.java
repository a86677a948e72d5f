package id.go.bartim.pelatihan.platform.messaging;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** One record on a DLQ as an operator sees it: where it is and why, never its payload. */
@Schema(description = "A parked message, without its payload")
public record ParkedMessage(
        @Schema(description = "Partition of the DLQ", example = "0") int partition,
        @Schema(description = "Offset in that partition; replay it with .../{partition}/{offset}/replay",
                example = "12") long offset,
        @Schema(description = "Record key: a program code or an enrollment id; (withheld) when it is neither",
                example = "2b1f8a4e-1c6d-4c7e-9a51-3f0e4f7b9c21") String key,
        @Schema(description = "ce_type, or null when the record carries none",
                example = "rutan.enrollment.requested.v1") String type,
        @Schema(description = "Why it was parked (never personal data)",
                example = "record key does not match program code") String reason,
        @Schema(description = "When it was parked") Instant time) {
}
