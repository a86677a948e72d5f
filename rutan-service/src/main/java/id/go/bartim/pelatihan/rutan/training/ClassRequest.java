package id.go.bartim.pelatihan.rutan.training;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** The body of {@code POST /api/v1/classes}. */
@Schema(name = "ClassRequest", example = """
        {"programCode": "PTK-01", "name": "Pertukangan Kayu Angkatan I 2026", "startDate": "2026-02-02",
         "endDate": "2026-04-24", "capacity": 20, "location": "Bengkel Kerja Blok C",
         "instructorName": "Sutrisno"}""")
public record ClassRequest(
        @NotBlank(message = "must not be blank") String programCode,
        @NotBlank(message = "must not be blank") @Size(max = 150, message = "must be at most 150 characters")
        String name,
        @NotNull(message = "must not be null") LocalDate startDate,
        @NotNull(message = "must not be null") LocalDate endDate,
        @NotNull(message = "must not be null")
        @Min(value = 1, message = "must be between 1 and 500") @Max(value = 500, message = "must be between 1 and 500")
        Integer capacity,
        @Size(max = 150, message = "must be at most 150 characters") String location,
        @Size(max = 150, message = "must be at most 150 characters") String instructorName) {
}
