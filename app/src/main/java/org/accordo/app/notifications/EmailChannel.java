package org.accordo.app.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.accordo.app.clocks.Escalation;
import org.accordo.core.contract.Contract;
import org.accordo.core.contract.EscalationLevel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * E-mail to the address of the escalation's level in the contract's escalation matrix (none when
 * the level has no e-mail), or to each address a {@link CustomerMessage} names, as plain text (with
 * the message's attachment, read from {@link MessageAttachments} when it is sent) through Spring
 * Mail ({@code spring.mail.host}, {@code spring.mail.port}, ...), from {@code
 * accordo.notifications.mail-from}. The header {@code X-Accordo-Delivery} carries the idempotency
 * id. Every e-mail goes to the one SMTP server, its destination.
 */
@Component
@Order(1)
class EmailChannel implements NotificationChannel {

  static final String NAME = "email";
  static final String DESTINATION = "smtp";

  private final ObjectProvider<JavaMailSender> mail;
  private final ObjectProvider<MessageAttachments> attachments;
  private final JsonMapper json;
  private final String from;

  EmailChannel(
      ObjectProvider<JavaMailSender> mail,
      ObjectProvider<MessageAttachments> attachments,
      JsonMapper json,
      NotificationSettings settings) {
    this.mail = mail;
    this.attachments = attachments;
    this.json = json;
    this.from = settings.mailFrom();
    mail.ifAvailable(sender -> boundTimeouts(sender, settings));
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Audience audience() {
    return Audience.PEOPLE;
  }

  @Override
  public List<Recipient> recipients(Escalation escalation, Contract contract) {
    return Optional.ofNullable(escalation.level())
        .flatMap(id -> contract.escalation().flatMap(matrix -> matrix.level(id)))
        .flatMap(EscalationLevel::email)
        .map(address -> List.of(new Recipient(address, DESTINATION)))
        .orElse(List.of());
  }

  /** Each address the message names, through the one SMTP server. */
  @Override
  public List<Recipient> recipients(CustomerMessage message) {
    return message.emailTo().stream().map(address -> new Recipient(address, DESTINATION)).toList();
  }

  @Override
  public void deliver(Notification n) throws DeliveryFailed {
    JavaMailSender sender = mail.getIfAvailable();
    if (sender == null) {
      throw new DeliveryFailed(
          DeliveryFailure.of(
              FailureReason.NOT_CONFIGURED, "no SMTP server is configured (set spring.mail.host)"),
          DeliveryFailed.Retry.LATER);
    }
    try {
      MimeMessage message = sender.createMimeMessage();
      Optional<MessageAttachments.Attachment> attachment = attachment(n);
      MimeMessageHelper helper = new MimeMessageHelper(message, attachment.isPresent(), "UTF-8");
      helper.setFrom(from);
      helper.setTo(n.recipient().address());
      helper.setSubject(n.subject());
      helper.setText(text(n));
      if (attachment.isPresent()) {
        MessageAttachments.Attachment a = attachment.get();
        helper.addAttachment(a.fileName(), new ByteArrayResource(a.content()), a.contentType());
      }
      message.setHeader("X-Accordo-Delivery", n.id());
      sender.send(message);
    } catch (MessagingException | MailException e) {
      throw new DeliveryFailed(
          DeliveryFailure.of(FailureReason.MAIL_SERVER, "SMTP: " + e.getMessage()),
          DeliveryFailed.Retry.LATER,
          e);
    }
  }

  /**
   * The document the notification names, from the module that stored it.
   *
   * @throws DeliveryFailed when no module knows the reference (tried again later: it may be a
   *     document not stored yet)
   */
  private Optional<MessageAttachments.Attachment> attachment(Notification n) throws DeliveryFailed {
    if (n.attachment() == null) {
      return Optional.empty();
    }
    Optional<MessageAttachments.Attachment> found =
        attachments
            .orderedStream()
            .map(source -> source.find(n.attachment()))
            .flatMap(Optional::stream)
            .findFirst();
    if (found.isEmpty()) {
      throw new DeliveryFailed(
          DeliveryFailure.of(FailureReason.INTERNAL, "no document " + n.attachment()),
          DeliveryFailed.Retry.LATER);
    }
    return found;
  }

  private String text(Notification n) {
    if (n.isAccountMessage()) {
      return json.readTree(n.payload()).path(AccountMail.BODY).asString();
    }
    StringBuilder text = new StringBuilder(n.subject()).append("\n\n");
    JsonNode fields = json.readTree(n.payload());
    fields
        .properties()
        .forEach(
            f -> text.append(f.getKey()).append(": ").append(shown(f.getValue())).append('\n'));
    return text.toString();
  }

  /** A field's value as text: a scalar as it reads, an object or a list as its JSON. */
  private static String shown(JsonNode value) {
    return value.isValueNode() ? value.asString() : value.toString();
  }

  /**
   * Bounds each SMTP operation by the notification deadlines unless {@code
   * spring.mail.properties.mail.smtp.*timeout} says otherwise (JavaMail waits forever by default).
   */
  private static void boundTimeouts(JavaMailSender sender, NotificationSettings settings) {
    if (sender instanceof JavaMailSenderImpl impl) {
      Properties properties = impl.getJavaMailProperties();
      String connect = Long.toString(settings.connectTimeout().toMillis());
      String read = Long.toString(settings.readTimeout().toMillis());
      for (String protocol : List.of("smtp", "smtps")) {
        properties.putIfAbsent("mail." + protocol + ".connectiontimeout", connect);
        properties.putIfAbsent("mail." + protocol + ".timeout", read);
        properties.putIfAbsent("mail." + protocol + ".writetimeout", read);
      }
    }
  }
}
