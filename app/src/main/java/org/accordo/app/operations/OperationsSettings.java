package org.accordo.app.operations;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The operations module's settings, {@code accordo.node-id} and {@code accordo.metrics.*}, with
 * their defaults; checked at start.
 *
 * @param nodeId this node's id ({@link NodeId}: also {@code ACCORDO_NODE_ID}); blank: {@code <host
 *     name>-<pid>}
 * @param metrics how the metrics read the database
 */
@Validated
@ConfigurationProperties("accordo")
public record OperationsSettings(
    @DefaultValue("") String nodeId, @Valid @NotNull @DefaultValue Metrics metrics) {

  /**
   * @param cacheFor how long a value read for the metrics is served before the database is asked
   *     again (5 s)
   */
  public record Metrics(@NotNull @DurationMin(millis = 0) @DefaultValue("5s") Duration cacheFor) {}
}
