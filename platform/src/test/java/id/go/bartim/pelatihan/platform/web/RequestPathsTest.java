package id.go.bartim.pelatihan.platform.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RequestPathsTest {

    @Test
    void drops_matrix_parameters_from_every_segment_as_quarkus_rest_does_before_matching() {
        assertEquals("/verify", RequestPaths.asMatched("/verify;x=1"));
        assertEquals("/api/v1/public/certificates/verification",
                RequestPaths.asMatched("/api;a/v1/public;b=c;d/certificates/verification;"));
        assertEquals("/api/v1/certificates/DISNAKERTRANS-BARTIM/PTK-01/2026/000001",
                RequestPaths.asMatched("/api/v1/certificates/DISNAKERTRANS-BARTIM/PTK-01/2026/000001"));
        assertNull(RequestPaths.asMatched(null));
    }
}
