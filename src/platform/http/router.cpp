#include "platform/http/router.hpp"

#include "platform/http/problem.hpp"

namespace attache::http {
namespace {

std::vector<std::string_view> SplitPath(std::string_view path) {
  std::vector<std::string_view> parts;
  if (path.starts_with('/')) path.remove_prefix(1);
  while (true) {
    const auto slash = path.find('/');
    parts.push_back(path.substr(0, slash));
    if (slash == std::string_view::npos) break;
    path.remove_prefix(slash + 1);
  }
  return parts;
}

}  // namespace

void Router::Add(Method method, std::string_view pattern, Handler handler, QuickHandler quick) {
  Route route{method, {}, std::move(handler), std::move(quick)};
  for (const std::string_view part : SplitPath(pattern)) {
    const bool is_param = part.size() > 2 && part.front() == '{' && part.back() == '}';
    route.segments.push_back(
        {std::string(is_param ? part.substr(1, part.size() - 2) : part), is_param});
  }
  routes_.push_back(std::move(route));
}

long Router::Fit(const Route& route, const std::vector<std::string_view>& parts) {
  if (route.segments.size() != parts.size()) return -1;
  long fit = 0;
  for (size_t i = 0; i < parts.size(); ++i) {
    const Segment& segment = route.segments[i];
    fit <<= 1;
    if (segment.is_param) {
      if (parts[i].empty()) return -1;
    } else if (segment.text == parts[i]) {
      fit |= 1;
    } else {
      return -1;
    }
  }
  return fit;
}

Router::Match Router::Find(Request& request) const {
  const auto parts = SplitPath(request.path);
  const Method wanted = request.method == Method::kHead ? Method::kGet : request.method;
  Match match;
  long best_fit = -1;
  for (const Route& route : routes_) {
    const long fit = Fit(route, parts);
    if (fit < 0) continue;
    if (route.method != wanted) {
      if (match.allow.find(ToString(route.method)) == std::string::npos) {
        if (!match.allow.empty()) match.allow += ", ";
        match.allow += ToString(route.method);
        if (route.method == Method::kGet) match.allow += ", HEAD";
      }
      continue;
    }
    if (fit > best_fit) {
      match.route = &route;
      best_fit = fit;
    }
  }
  if (match.route != nullptr) {
    request.path_params.clear();
    for (size_t i = 0; i < parts.size(); ++i) {
      if (match.route->segments[i].is_param) {
        request.path_params.emplace_back(match.route->segments[i].text, std::string(parts[i]));
      }
    }
  }
  return match;
}

std::optional<Response> Router::DispatchQuickly(Request& request) const {
  const Match match = Find(request);
  if (match.route == nullptr || !match.route->quick) return std::nullopt;
  return match.route->quick(request);
}

Response Router::Dispatch(Request& request) const {
  const Match match = Find(request);
  if (match.route != nullptr) return match.route->handler(request);
  const std::string& allow = match.allow;
  if (!allow.empty()) {
    Response response = ProblemResponse(
        Error{ErrorCode::kMethodNotAllowed,
              {"This resource does not support this method.", "Этот ресурс не поддерживает метод."},
              {},
              {}},
        request);
    response.headers.Set("Allow", allow);
    return response;
  }
  const bool api = request.path.starts_with("/api/") || request.path == "/api";
  if (!api && fallback_ && (request.method == Method::kGet || request.method == Method::kHead)) {
    return fallback_(request);
  }
  return ProblemResponse(
      Error{ErrorCode::kNotFound, {"No such resource.", "Такого ресурса нет."}, {}, {}}, request);
}

}  // namespace attache::http
