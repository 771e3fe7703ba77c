#include "platform/http/router.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

namespace attache::http {
namespace {

// A handler that answers with its own name and the path parameters it was given.
Handler Named(std::string name) {
  return [name = std::move(name)](Request& request) {
    std::string body = name;
    for (const auto& [key, value] : request.path_params) body += " " + key + "=" + value;
    Response response;
    response.body = body;
    return response;
  };
}

Request Make(Method method, std::string path) {
  Request request;
  request.method = method;
  request.target = path;
  request.path = std::move(path);
  request.request_id = "req-1";
  return request;
}

Response Send(const Router& router, Method method, std::string path) {
  Request request = Make(method, std::move(path));
  return router.Dispatch(request);
}

Router CountriesRouter() {
  Router router;
  router.Add(Method::kGet, "/api/v1/countries", Named("list"));
  router.Add(Method::kGet, "/api/v1/countries/{iso2}", Named("get"));
  router.Add(Method::kPut, "/api/v1/countries/{iso2}", Named("put"));
  router.Add(Method::kDelete, "/api/v1/countries/{iso2}", Named("delete"));
  router.Add(Method::kGet, "/api/v1/countries/search", Named("search"));
  router.Add(Method::kGet, "/api/v1/countries/{iso2}/attaches/{id}", Named("attache"));
  router.Add(Method::kPost, "/api/v1/countries/{iso2}/attaches", Named("add-attache"));
  router.SetFallback(Named("ui"));
  return router;
}

TEST(Router, ExactPathGoesToItsRoute) {
  const Router router = CountriesRouter();
  const Response response = Send(router, Method::kGet, "/api/v1/countries");
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.body, "list");
}

TEST(Router, LiteralSegmentBeatsParameter) {
  const Router router = CountriesRouter();
  EXPECT_EQ(Send(router, Method::kGet, "/api/v1/countries/search").body, "search");
  EXPECT_EQ(Send(router, Method::kGet, "/api/v1/countries/VN").body, "get iso2=VN");
}

TEST(Router, LiteralSegmentBeatsParameterWhicheverIsAddedFirst) {
  Router router;
  router.Add(Method::kGet, "/api/{a}/{b}", Named("both-params"));
  router.Add(Method::kGet, "/api/x/{b}", Named("first-literal"));
  router.Add(Method::kGet, "/api/{a}/y", Named("second-literal"));
  router.Add(Method::kGet, "/api/x/y", Named("all-literal"));
  EXPECT_EQ(Send(router, Method::kGet, "/api/x/y").body, "all-literal");
  // An earlier literal segment counts for more than a later one.
  EXPECT_EQ(Send(router, Method::kGet, "/api/x/z").body, "first-literal b=z");
  EXPECT_EQ(Send(router, Method::kGet, "/api/w/y").body, "second-literal a=w");
  EXPECT_EQ(Send(router, Method::kGet, "/api/w/z").body, "both-params a=w b=z");
}

TEST(Router, ExtractsEveryParameter) {
  const Router router = CountriesRouter();
  EXPECT_EQ(Send(router, Method::kGet, "/api/v1/countries/VN/attaches/42").body,
            "attache iso2=VN id=42");
  EXPECT_EQ(Send(router, Method::kPost, "/api/v1/countries/ru/attaches").body,
            "add-attache iso2=ru");
}

TEST(Router, ParametersArePerRequest) {
  const Router router = CountriesRouter();
  Request request = Make(Method::kGet, "/api/v1/countries/VN");
  router.Dispatch(request);
  EXPECT_EQ(request.PathParam("iso2"), "VN");
  ASSERT_EQ(request.path_params.size(), 1u);
}

TEST(Router, UnknownApiPathIsANotFoundProblem) {
  const Router router = CountriesRouter();
  for (const char* path : {"/api/v1/nothing", "/api/v1/countries/VN/extra", "/api", "/api/",
                           "/api/v1/countries/", "/api/v1/countries//attaches/1"}) {
    const Response response = Send(router, Method::kGet, path);
    EXPECT_EQ(response.status, 404) << path;
    EXPECT_EQ(response.headers.Get("Content-Type"), "application/problem+json") << path;
    const auto body = nlohmann::json::parse(response.body);
    EXPECT_EQ(body["type"], "/problems/not-found") << path;
    EXPECT_EQ(body["status"], 404) << path;
    EXPECT_EQ(body["instance"], path) << path;
    EXPECT_EQ(body["request_id"], "req-1") << path;
  }
}

TEST(Router, NotFoundSpeaksTheRequestLanguage) {
  const Router router = CountriesRouter();
  Request request = Make(Method::kGet, "/api/v1/nothing");
  request.lang = Lang::kRu;
  const auto body = nlohmann::json::parse(router.Dispatch(request).body);
  EXPECT_EQ(body["title"], "Не найдено");
  EXPECT_EQ(body["detail"], "Такого ресурса нет.");
}

TEST(Router, OtherMethodIsMethodNotAllowedWithAllow) {
  const Router router = CountriesRouter();
  const Response response = Send(router, Method::kPost, "/api/v1/countries/VN");
  EXPECT_EQ(response.status, 405);
  EXPECT_EQ(response.headers.Get("Allow"), "GET, HEAD, PUT, DELETE");
  EXPECT_EQ(response.headers.Get("Content-Type"), "application/problem+json");
  const auto body = nlohmann::json::parse(response.body);
  EXPECT_EQ(body["type"], "/problems/method-not-allowed");
  EXPECT_EQ(body["status"], 405);
}

TEST(Router, AllowListsEachMethodOnce) {
  const Router router = CountriesRouter();
  // Both GET /countries/{iso2} and GET /countries/search match; GET is listed once.
  const Response response = Send(router, Method::kPatch, "/api/v1/countries/search");
  EXPECT_EQ(response.status, 405);
  EXPECT_EQ(response.headers.Get("Allow"), "GET, HEAD, PUT, DELETE");
}

TEST(Router, AllowWithoutGetHasNoHead) {
  const Router router = CountriesRouter();
  const Response response = Send(router, Method::kGet, "/api/v1/countries/VN/attaches");
  EXPECT_EQ(response.status, 405);
  EXPECT_EQ(response.headers.Get("Allow"), "POST");
  EXPECT_EQ(Send(router, Method::kHead, "/api/v1/countries/VN/attaches").status, 405);
}

TEST(Router, HeadIsServedByTheGetRoute) {
  const Router router = CountriesRouter();
  Request request = Make(Method::kHead, "/api/v1/countries/VN");
  const Response response = router.Dispatch(request);
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.body, "get iso2=VN");
  EXPECT_EQ(request.method, Method::kHead);  // the handler still sees HEAD
}

TEST(Router, FallbackHandlesOtherGetPaths) {
  const Router router = CountriesRouter();
  EXPECT_EQ(Send(router, Method::kGet, "/").body, "ui");
  EXPECT_EQ(Send(router, Method::kGet, "/countries/VN").body, "ui");
  EXPECT_EQ(Send(router, Method::kGet, "/assets/app-1a2b.js").body, "ui");
  EXPECT_EQ(Send(router, Method::kGet, "/apiary").body, "ui");  // not under /api/
  EXPECT_EQ(Send(router, Method::kHead, "/countries/VN").body, "ui");
}

TEST(Router, FallbackDoesNotTakePostOrApiPaths) {
  const Router router = CountriesRouter();
  for (const Method method : {Method::kPost, Method::kPut, Method::kDelete, Method::kPatch}) {
    const Response response = Send(router, method, "/countries/VN");
    EXPECT_EQ(response.status, 404) << ToString(method);
    EXPECT_NE(response.body, "ui") << ToString(method);
  }
  EXPECT_EQ(Send(router, Method::kGet, "/api/v2/countries").status, 404);
  EXPECT_EQ(Send(router, Method::kGet, "/api").status, 404);
}

TEST(Router, WithoutFallbackOtherPathsAreNotFound) {
  Router router;
  router.Add(Method::kGet, "/api/v1/health", Named("health"));
  EXPECT_EQ(Send(router, Method::kGet, "/index.html").status, 404);
  EXPECT_EQ(Send(router, Method::kGet, "/api/v1/health").body, "health");
}

TEST(Router, SegmentsCompareExactly) {
  const Router router = CountriesRouter();
  EXPECT_EQ(Send(router, Method::kGet, "/api/v1/Countries").status, 404);
  EXPECT_EQ(Send(router, Method::kGet, "/api/v1/countries/Search").body, "get iso2=Search");
}

}  // namespace
}  // namespace attache::http
