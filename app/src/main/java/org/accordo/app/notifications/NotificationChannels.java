package org.accordo.app.notifications;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Every {@link NotificationChannel} bean, by name; names are checked once, at start. */
@Component
class NotificationChannels {

  private final Map<String, NotificationChannel> byName = new LinkedHashMap<>();

  NotificationChannels(List<NotificationChannel> channels) {
    for (NotificationChannel channel : channels) {
      String name = channel.name();
      if (!Notification.CHANNEL_NAME.matcher(name).matches()) {
        throw new IllegalStateException(
            "notification channel "
                + channel.getClass().getName()
                + " is named '"
                + name
                + "': 1 to 16 of a-z, 0-9 and '-', starting with a letter");
      }
      if (byName.putIfAbsent(name, channel) != null) {
        throw new IllegalStateException("two notification channels are named '" + name + "'");
      }
    }
  }

  /** The channels, in bean order. */
  List<NotificationChannel> all() {
    return List.copyOf(byName.values());
  }

  Optional<NotificationChannel> named(String name) {
    return Optional.ofNullable(byName.get(name));
  }
}
