package id.go.bartim.pelatihan.rutan.inmate;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Arrays;

/**
 * Golongan register: A registers hold detainees (tahanan), B registers convicts (narapidana).
 * Written and stored as the officers write them ({@code A.I}, {@code B.IIa}).
 */
public enum RegisterClass {
    @JsonProperty("A.I") A_I("A.I", CustodyStatus.DETAINEE),
    @JsonProperty("A.II") A_II("A.II", CustodyStatus.DETAINEE),
    @JsonProperty("A.III") A_III("A.III", CustodyStatus.DETAINEE),
    @JsonProperty("A.IV") A_IV("A.IV", CustodyStatus.DETAINEE),
    @JsonProperty("A.V") A_V("A.V", CustodyStatus.DETAINEE),
    @JsonProperty("B.I") B_I("B.I", CustodyStatus.CONVICT),
    @JsonProperty("B.IIa") B_IIA("B.IIa", CustodyStatus.CONVICT),
    @JsonProperty("B.IIb") B_IIB("B.IIb", CustodyStatus.CONVICT),
    @JsonProperty("B.III") B_III("B.III", CustodyStatus.CONVICT);

    private final String code;
    private final CustodyStatus custody;

    RegisterClass(String code, CustodyStatus custody) {
        this.code = code;
        this.custody = custody;
    }

    public String code() {
        return code;
    }

    /** The custody status whose people this register holds. */
    public CustodyStatus custody() {
        return custody;
    }

    /** The code, so messages listing the allowed values show what a client has to send. */
    @Override
    public String toString() {
        return code;
    }

    static RegisterClass ofCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown register class " + code));
    }

    /** Stores the code ({@code A.I}), which the table's check constraint lists. */
    @Converter
    public static class StoredAsCode implements AttributeConverter<RegisterClass, String> {

        @Override
        public String convertToDatabaseColumn(RegisterClass value) {
            return value == null ? null : value.code;
        }

        @Override
        public RegisterClass convertToEntityAttribute(String code) {
            return code == null ? null : ofCode(code);
        }
    }
}
