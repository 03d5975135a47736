package org.accordo.app.imports;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The imports module's settings, {@code accordo.imports.*}, with their defaults; checked at start.
 *
 * @param worker whether this node runs imports ({@code on}, the default)
 * @param pollInterval how often the worker looks for an import to run or resume (1 s)
 * @param lease how long a node holds the import it runs without renewing it (2 min): an import left
 *     by a node that died is resumed after it; renewed at every chunk
 * @param attempts how many times an import that fails is tried again before it is {@code failed}
 */
@Validated
@ConfigurationProperties("accordo.imports")
public record ImportSettings(
    @DefaultValue("true") boolean worker,
    @NotNull @DurationMin(millis = 1) @DefaultValue("1s") Duration pollInterval,
    @NotNull @DurationMin(seconds = 1) @DefaultValue("2m") Duration lease,
    @Min(1) @DefaultValue("3") int attempts) {}
