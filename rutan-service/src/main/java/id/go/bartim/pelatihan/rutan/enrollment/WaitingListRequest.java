package id.go.bartim.pelatihan.rutan.enrollment;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** {@code POST /api/v1/classes/{classId}/waiting-list}: the inmate to put in line. */
@Schema(name = "WaitingListRequest", example = "{\"inmateId\": \"3f9c2a4e-8d1b-4c5e-9a7f-2b6d8e1c0f45\"}")
public record WaitingListRequest(@NotNull(message = "must not be null") UUID inmateId) {
}
