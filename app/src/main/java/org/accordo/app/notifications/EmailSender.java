package org.accordo.app.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends a notification as a plain-text e-mail through Spring Mail ({@code spring.mail.host}, {@code
 * spring.mail.port}, ...). The header {@code X-Accordo-Delivery} carries the idempotency id.
 */
@Component
class EmailSender {

  private final ObjectProvider<JavaMailSender> mail;
  private final JsonMapper json;
  private final String from;

  EmailSender(
      ObjectProvider<JavaMailSender> mail,
      JsonMapper json,
      @Value("${accordo.notifications.mail-from:accordo@localhost}") String from) {
    this.mail = mail;
    this.json = json;
    this.from = from;
  }

  void send(Notification n) throws DeliveryFailed {
    JavaMailSender sender = mail.getIfAvailable();
    if (sender == null) {
      throw new DeliveryFailed("no SMTP server is configured (set spring.mail.host)");
    }
    try {
      MimeMessage message = sender.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
      helper.setFrom(from);
      helper.setTo(n.recipient());
      helper.setSubject(n.subject());
      helper.setText(text(n));
      message.setHeader("X-Accordo-Delivery", n.id());
      sender.send(message);
    } catch (MessagingException | MailException e) {
      throw new DeliveryFailed("SMTP: " + e.getMessage(), e);
    }
  }

  private String text(Notification n) {
    StringBuilder text = new StringBuilder(n.subject()).append("\n\n");
    JsonNode fields = json.readTree(n.payload());
    fields
        .properties()
        .forEach(
            f -> text.append(f.getKey()).append(": ").append(f.getValue().asString()).append('\n'));
    return text.toString();
  }
}
