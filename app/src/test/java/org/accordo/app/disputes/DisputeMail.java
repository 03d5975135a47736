package org.accordo.app.disputes;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.accordo.app.support.Await;
import org.accordo.app.support.RunningServer;

/** The e-mails about a dispute that a server under test sent, as its GreenMail received them. */
final class DisputeMail {

  private DisputeMail() {}

  /** The subjects of the e-mails to {@code address} whose text names the dispute. */
  static List<String> to(RunningServer server, String address, String disputeId) {
    return Arrays.stream(server.mail().getReceivedMessages())
        .filter(m -> sentTo(m, address) && body(m).contains("dispute_id: " + disputeId))
        .map(DisputeMail::subject)
        .toList();
  }

  /** Waits until {@code count} such e-mails arrived; answers their subjects. */
  static List<String> await(RunningServer server, String address, String disputeId, int count) {
    return Await.until(
        Duration.ofSeconds(30),
        () -> to(server, address, disputeId),
        subjects -> subjects.size() >= count,
        count + " e-mail(s) to " + address + " of dispute " + disputeId);
  }

  private static boolean sentTo(MimeMessage m, String address) {
    try {
      return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
          .anyMatch(a -> a.toString().contains(address));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String body(MimeMessage m) {
    try {
      return m.getContent().toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
