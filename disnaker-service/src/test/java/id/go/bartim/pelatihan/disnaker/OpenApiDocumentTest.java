package id.go.bartim.pelatihan.disnaker;

import id.go.bartim.pelatihan.testing.OpenApiContract;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(DisnakerInfra.class)
class OpenApiDocumentTest {

    @Test
    void documents_every_operation_with_security_errors_and_examples() {
        assertEquals(java.util.List.of(), OpenApiContract.gaps());
    }

    @Test
    void serves_swagger_ui() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }
}
