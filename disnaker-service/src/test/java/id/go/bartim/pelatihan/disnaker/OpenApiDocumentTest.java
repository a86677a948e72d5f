package id.go.bartim.pelatihan.disnaker;

import id.go.bartim.pelatihan.testing.OpenApiContract;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(DisnakerInfra.class)
class OpenApiDocumentTest {

    @Test
    void documents_every_operation_with_security_errors_and_examples() {
        assertEquals(java.util.List.of(), OpenApiContract.gaps());
    }

    @Test
    void documents_the_certificate_as_json_and_as_pdf_with_the_refusals_of_the_pdf() {
        String read = "paths.'/api/v1/certificates/{number}'.get.";
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body(read + "responses.'200'.content.'application/json'.schema.'$ref'",
                        containsString("Certificate"))
                .body(read + "responses.'200'.content.'application/pdf'.schema.format", equalTo("binary"))
                .body(read + "responses.'403'.content", hasKey("application/problem+json"))
                .body(read + "responses.'410'.description", containsString("holder-name-removed"))
                .body(read + "responses.'410'.content", hasKey("application/problem+json"));
    }

    @Test
    void serves_swagger_ui() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }
}
