package io.minutegraph.api;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import jakarta.inject.Singleton;
import java.util.Map;

/** Writing a note without the right token gets 401 and the scheme to send one by. */
@Produces
@Singleton
public class TokenRequiredHandler extends ErrorHandler<TokenRequiredException> {

    public TokenRequiredHandler() {
        super(HttpStatus.UNAUTHORIZED);
    }

    @Override
    public MutableHttpResponse<Map<String, Object>> handle(HttpRequest request, TokenRequiredException e) {
        return super.handle(request, e).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    }
}
