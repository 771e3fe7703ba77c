// Routes requests by method and path pattern (`/api/v1/countries/{iso2}`); literal segments win
// over parameters. Unknown API paths get 404, known paths with another method 405 with `Allow`;
// GET routes also answer HEAD. Paths outside /api/ that match no route go to the fallback (the
// web UI). Not thread-safe while routes are added; Dispatch is safe from many threads after.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/http/message.hpp"

namespace attache::http {

using Handler = std::function<Response(Request&)>;
// Answers from memory or returns nullopt to have the request queued for Handler (see
// http::ImmediateHandler in server.hpp).
using QuickHandler = std::function<std::optional<Response>(Request&)>;

class Router {
 public:
  // `quick`, if given, is tried first by DispatchQuickly.
  void Add(Method method, std::string_view pattern, Handler handler, QuickHandler quick = {});
  void SetFallback(Handler handler) { fallback_ = std::move(handler); }
  Response Dispatch(Request& request) const;
  // The route's quick answer, if it has a quick handler and that handler answers; never blocks.
  std::optional<Response> DispatchQuickly(Request& request) const;

 private:
  struct Segment {
    std::string text;
    bool is_param = false;
  };
  struct Route {
    Method method;
    std::vector<Segment> segments;
    Handler handler;
    QuickHandler quick;
  };
  struct Match {
    const Route* route = nullptr;
    std::string allow;  // the methods of the path when no route has the wanted one
  };
  // Finds the route and fills the request's path parameters.
  Match Find(Request& request) const;

  // How well a route fits the path: -1 if not at all; more literal segments first is better.
  static long Fit(const Route& route, const std::vector<std::string_view>& parts);

  std::vector<Route> routes_;
  Handler fallback_;
};

}  // namespace attache::http
