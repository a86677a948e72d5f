package id.go.bartim.pelatihan.platform.web;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code ?page=&size=} of every list endpoint (size 1 to 100). Taken as text and validated,
 * so {@code ?page=abc} is a 400 naming the field rather than JAX-RS's 404 for an unconvertible
 * query parameter.
 */
public class PageQuery {

    @QueryParam("page")
    @DefaultValue("0")
    @Pattern(regexp = "^[0-9]{1,6}$", message = "must be a whole number, 0 or more")
    @Parameter(description = "Zero-based page number", schema = @Schema(type = SchemaType.INTEGER, minimum = "0",
            defaultValue = "0"))
    public String page;

    @QueryParam("size")
    @DefaultValue("20")
    @Pattern(regexp = "^(100|[1-9][0-9]?)$", message = "must be between 1 and 100")
    @Parameter(description = "Page size, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
            maximum = "100", defaultValue = "20"))
    public String size;

    public int page() {
        return Integer.parseInt(page);
    }

    public int size() {
        return Integer.parseInt(size);
    }

    public int offset() {
        return page() * size();
    }
}
