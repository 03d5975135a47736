package org.accordo.app.statements;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.accordo.app.support.RunningServer;

/** The e-mails a server under test sent, as its GreenMail received them. */
final class StatementMail {

  private StatementMail() {}

  /** An attachment: its file name and bytes. */
  record Attachment(String fileName, byte[] content) {}

  /** The messages whose delivery id ({@code X-Accordo-Delivery}) is {@code deliveryId}. */
  static List<MimeMessage> with(RunningServer server, String deliveryId) {
    return Arrays.stream(server.mail().getReceivedMessages())
        .filter(
            m -> {
              try {
                String[] ids = m.getHeader("X-Accordo-Delivery");
                return ids != null && ids[0].equals(deliveryId);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }

  /** The message's one attachment. */
  static Attachment attachment(MimeMessage message) {
    try {
      Multipart parts = (Multipart) message.getContent();
      for (int i = 0; i < parts.getCount(); i++) {
        BodyPart part = parts.getBodyPart(i);
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
          return new Attachment(part.getFileName(), part.getInputStream().readAllBytes());
        }
      }
      throw new AssertionError("no attachment");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
