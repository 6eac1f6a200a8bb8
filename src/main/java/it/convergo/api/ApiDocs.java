package it.convergo.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description's header and the bearer scheme the protected endpoints name. */
@Configuration
class ApiDocs {

    static final String BEARER = "token";

    @Bean
    OpenAPI convergoApi() {
        return new OpenAPI()
                .info(new Info().title("Convergo API").version("1")
                        .description("Personal API tokens (cvg_...) are created under My profile > API tokens. "
                                + "Errors are RFC 9457 problem details."))
                .components(new Components().addSecuritySchemes(BEARER,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")));
    }
}
