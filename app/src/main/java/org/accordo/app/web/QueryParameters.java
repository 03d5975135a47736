package org.accordo.app.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.accordo.app.refusal.Excerpt;
import org.accordo.app.refusal.InvalidField;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Every endpoint of Accordo's API takes the query parameters its method declares
 * ({@code @RequestParam}) and no others, each at most once: an unknown one ({@code /tickets?foo=1},
 * a misspelt filter that would otherwise be ignored and widen the answer, a {@code page} given to a
 * list that is not paged) or a repeated one is a {@code 400} naming it. One check for every
 * endpoint, read from the handler's own declaration, so no controller repeats it and a new
 * parameter needs nothing more.
 */
final class QueryParameters implements HandlerInterceptor {

  private static final String ACCORDO = "org.accordo.app";

  private final Map<Method, Set<String>> declared = new ConcurrentHashMap<>();

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (!(handler instanceof HandlerMethod method)
        || request.getDispatcherType() != DispatcherType.REQUEST
        || !method.getBeanType().getPackageName().startsWith(ACCORDO)) {
      return true;
    }
    Set<String> allowed = declared.computeIfAbsent(method.getMethod(), m -> namesOf(method));
    Set<String> seen = new HashSet<>();
    for (QueryString.Parameter parameter : QueryString.parse(request.getQueryString())) {
      String name = parameter.name();
      if (!allowed.contains(name)) {
        throw new InvalidField(
            Excerpt.of(name),
            allowed.isEmpty()
                ? "is not a parameter of this endpoint, which takes none"
                : "is not a parameter of this endpoint; it takes " + allowed);
      }
      if (!seen.add(name)) {
        throw new InvalidField(name, "appears more than once");
      }
    }
    return true;
  }

  private static Set<String> namesOf(HandlerMethod method) {
    SortedSet<String> names = new TreeSet<>();
    for (MethodParameter parameter : method.getMethodParameters()) {
      if (parameter.hasParameterAnnotation(RequestParam.class)) {
        parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
        names.add(ParameterProblems.nameOf(parameter));
      }
    }
    return Collections.unmodifiableSortedSet(names);
  }
}
