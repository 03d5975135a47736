package org.accordo.app.users;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The users module's settings, {@code accordo.users.*}, with their defaults; checked at start.
 *
 * @param baseUrl the address people reach Accordo at, the start of every link in an e-mail ({@code
 *     http://localhost:8080}; {@code ACCORDO_BASE_URL})
 * @param adminEmail the first admin's e-mail: at a start with no enabled admin, that account is
 *     made and its one-time link printed ({@code ACCORDO_ADMIN_EMAIL}; blank: none)
 * @param linkValidity how long a one-time link works (48 h)
 * @param passwordMinLength the shortest password accepted (12)
 * @param loginFailuresPerAccount failed sign-ins of one account within {@code loginWindow} after
 *     which it is refused until that window ends (5)
 * @param loginFailuresPerAddress failed sign-ins from one client address within {@code loginWindow}
 *     after which it is refused until that window ends (30)
 * @param loginWindow the window of those counts, from the first failure (15 min)
 */
@Validated
@ConfigurationProperties("accordo.users")
public record UserSettings(
    @NotBlank @DefaultValue("http://localhost:8080") String baseUrl,
    @DefaultValue("") String adminEmail,
    @NotNull @DurationMin(minutes = 1) @DefaultValue("48h") Duration linkValidity,
    @Min(8) @Max(128) @DefaultValue("12") int passwordMinLength,
    @Min(1) @DefaultValue("5") int loginFailuresPerAccount,
    @Min(1) @DefaultValue("30") int loginFailuresPerAddress,
    @NotNull @DurationMin(seconds = 1) @DefaultValue("15m") Duration loginWindow) {

  /** The base address without a trailing slash, to which a link's path is appended. */
  String linkBase() {
    return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }
}
