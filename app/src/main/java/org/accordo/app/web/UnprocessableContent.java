package org.accordo.app.web;

import org.springframework.http.ProblemDetail;

/**
 * The request is well formed but its content cannot be accepted: a contract document with errors,
 * an idempotency key reused for another request. {@code 422} with a problem body built by the
 * feature that knows the details.
 */
public final class UnprocessableContent extends RuntimeException {

  private final transient ProblemDetail problem;

  /**
   * @param problem a {@code 422} problem
   */
  public UnprocessableContent(ProblemDetail problem) {
    super(problem.getDetail());
    this.problem = problem;
  }

  public ProblemDetail problem() {
    return problem;
  }
}
