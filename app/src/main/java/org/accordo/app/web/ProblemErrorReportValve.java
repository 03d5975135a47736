package org.accordo.app.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's last word on a request it refuses before Accordo sees it (e.g. an encoded NUL in the
 * path): a problem body instead of Tomcat's HTML error page.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    HttpStatus known = HttpStatus.resolve(status);
    String reason = known == null ? "Error" : known.getReasonPhrase();
    try {
      response.setContentType("application/problem+json");
      ApiHeaders.setIfAbsent(response);
      response.setCharacterEncoding("UTF-8");
      Writer writer = response.getReporter();
      if (writer != null) {
        String kind = status == 400 ? "rejected-request" : Problems.kindOf(status);
        writer.write(
            "{\"type\":\"urn:accordo:problem:"
                + kind
                + "\",\"title\":\""
                + reason
                + "\",\"status\":"
                + status
                + ",\"detail\":\"the server refused the request before reading it: "
                + reason.toLowerCase(Locale.ROOT)
                + "\"}");
      }
    } catch (IOException | IllegalStateException e) {
      // the connection is gone or the response was committed meanwhile: nothing more can be said
    }
  }
}
