package org.accordo.app.security;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The security module's settings, {@code accordo.security.*}, with their defaults; checked at
 * start.
 *
 * @param tokenCache how long a node takes a token it found valid as valid without asking the
 *     database again (2 s; 0: every request asks)
 * @param adminToken the first admin token's secret, or blank to have one created and printed at the
 *     first start; {@code application.properties} takes it from {@code ACCORDO_ADMIN_TOKEN}
 * @param authFailureLimit how many failed authentications a client address may make in one window
 *     ({@code authFailureWindow}) before its requests presenting credentials are refused with
 *     {@code 429} until the window ends (20)
 * @param authFailureWindow the length of those windows, counted from the epoch, the same on every
 *     node (1 minute)
 */
@Validated
@ConfigurationProperties("accordo.security")
public record SecuritySettings(
    @NotNull @DurationMin(millis = 0) @DefaultValue("2s") Duration tokenCache,
    @DefaultValue("") String adminToken,
    @Min(1) @DefaultValue("20") int authFailureLimit,
    @NotNull @DurationMin(seconds = 1) @DefaultValue("1m") Duration authFailureWindow) {}
