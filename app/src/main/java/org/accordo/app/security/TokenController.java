package org.accordo.app.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.accordo.app.refusal.Excerpt;
import org.accordo.app.refusal.InvalidField;
import org.accordo.app.web.Require;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/tokens}: API tokens, for admins. */
@Tag(name = "Tokens", description = "API tokens (admin)")
@RestController
class TokenController {

  private final TokenService tokens;

  TokenController(TokenService tokens) {
    this.tokens = tokens;
  }

  /** The body of a token request. */
  record NewToken(
      @Schema(
              requiredMode = Schema.RequiredMode.REQUIRED,
              maxLength = 200,
              example = "helpdesk bot")
          String name,
      @Schema(
              requiredMode = Schema.RequiredMode.REQUIRED,
              allowableValues = {"admin", "agent", "customer"})
          String role,
      @Schema(description = "Required for, and only for, the customer role") String customerId) {
    NewToken {
      name = Require.text(name, "name", 200);
      Require.present(role, "role");
      if (Role.fromId(role).isEmpty()) {
        throw new InvalidField(
            "role", "'" + Excerpt.of(role) + "' is not a role; use admin, agent or customer");
      }
      customerId = customerId == null ? null : Require.id(customerId, "customer_id");
    }
  }

  /** A token as listed: never its secret. */
  record TokenView(
      String id,
      String name,
      @Schema(allowableValues = {"admin", "agent", "customer"}) String role,
      String customerId,
      Instant createdAt,
      String createdBy,
      Instant revokedAt) {
    static TokenView of(ApiToken t) {
      return new TokenView(
          t.id(),
          t.name(),
          t.role().id(),
          t.customerId(),
          t.createdAt(),
          t.createdBy(),
          t.revokedAt());
    }
  }

  /** A token just created: the only answer that carries its secret. */
  record CreatedToken(
      String id,
      String name,
      @Schema(allowableValues = {"admin", "agent", "customer"}) String role,
      String customerId,
      Instant createdAt,
      @Schema(description = "The secret: shown only in this answer") String token) {}

  @Operation(
      operationId = "createToken",
      summary = "Create an API token (admin); the answer is the only one that shows its secret")
  @ApiResponse(responseCode = "403", description = "Not an admin token")
  @PostMapping("/api/v1/tokens")
  @ResponseStatus(HttpStatus.CREATED)
  CreatedToken create(@AuthenticationPrincipal Caller caller, @RequestBody NewToken request) {
    TokenService.IssuedToken issued =
        tokens.issue(
            caller,
            request.name(),
            Role.fromId(request.role()).orElseThrow(),
            request.customerId());
    ApiToken t = issued.token();
    return new CreatedToken(
        t.id(), t.name(), t.role().id(), t.customerId(), t.createdAt(), issued.secret());
  }

  @Operation(
      operationId = "listTokens",
      summary = "List every token, revoked ones too, never secrets (admin)")
  @ApiResponse(responseCode = "403", description = "Not an admin token")
  @GetMapping("/api/v1/tokens")
  @ResponseStatus(HttpStatus.OK)
  List<TokenView> list(@AuthenticationPrincipal Caller caller) {
    return tokens.list(caller).stream().map(TokenView::of).toList();
  }

  @Operation(
      operationId = "revokeToken",
      summary =
          "Revoke a token (admin); answers it with revoked_at; revoking twice changes nothing")
  @ApiResponse(responseCode = "403", description = "Not an admin token")
  @DeleteMapping("/api/v1/tokens/{id}")
  @ResponseStatus(HttpStatus.OK)
  TokenView revoke(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
    return TokenView.of(tokens.revoke(caller, id));
  }
}
