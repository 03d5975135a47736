package org.accordo.app.support;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.accordo.app.clocks.Escalation;
import org.accordo.app.notifications.Audience;
import org.accordo.app.notifications.Notification;
import org.accordo.app.notifications.NotificationChannel;
import org.accordo.app.notifications.Recipient;
import org.accordo.core.contract.Contract;

/**
 * A third notification channel, added to the servers under test as a plug-in is (one bean): it
 * tells the escalations of customers whose id starts with {@value #PREFIX}, records what it
 * delivers, and throws an unchecked exception (as a broken template or a bug would) for customers
 * whose id starts with {@value #BROKEN}. Other customers never hear of it.
 */
public final class TestChannel implements NotificationChannel {

  public static final String NAME = "test-plugin";
  public static final String PREFIX = "plugin-";
  public static final String BROKEN = "plugin-broken";

  private static final Set<String> DELIVERED = ConcurrentHashMap.newKeySet();

  /** The ids of the notifications it delivered. */
  public static Set<String> delivered() {
    return Set.copyOf(DELIVERED);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Audience audience() {
    return Audience.SYSTEMS;
  }

  @Override
  public List<Recipient> recipients(Escalation escalation, Contract contract) {
    return escalation.customerId().startsWith(PREFIX)
        ? List.of(new Recipient("ops-room", "plugin:" + escalation.customerId()))
        : List.of();
  }

  @Override
  public void deliver(Notification notification) {
    if (notification.customerId().startsWith(BROKEN)) {
      throw new IllegalStateException("the template cannot render " + notification.id());
    }
    DELIVERED.add(notification.id());
  }
}
