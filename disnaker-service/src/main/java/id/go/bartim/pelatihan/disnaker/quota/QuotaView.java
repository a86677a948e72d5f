package id.go.bartim.pelatihan.disnaker.quota;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.List;

/** The quota of a year as {@code GET /api/v1/quota/{year}} shows it (SPEC 4). */
public record QuotaView(int year, int target, int reserved, int trained, int available,
                        List<ProgramShare> byProgram, List<PartnerShare> byPartner,
                        @JsonIgnore long version) {

    /** Slots credited to one program: reserved by an accepted enrollment, or trained by a completion in it. */
    public record ProgramShare(String programCode, int reserved, int trained) {
    }

    /** One partner's slots, and its allocation when one is set. */
    public record PartnerShare(String partnerCode, Integer allocation, int reserved, int trained) {
    }
}
