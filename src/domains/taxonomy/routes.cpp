#include "domains/taxonomy/routes.hpp"

#include <algorithm>

#include "domains/access/policy.hpp"
#include "domains/taxonomy/json.hpp"
#include "domains/taxonomy/rules.hpp"
#include "platform/http/etag.hpp"
#include "platform/http/input.hpp"
#include "platform/http/problem.hpp"
#include "platform/http/reply.hpp"

namespace attache::taxonomy {
namespace {

using access::Principal;
using http::Request;
using http::Response;

constexpr access::Permission kUpdate{access::Resource::kTaxonomy, access::Action::kUpdate};

// Only what could be a class id goes to the database; anything else is simply not there.
bool CouldBeClassId(std::string_view id) {
  return !id.empty() && id.size() <= kMaxId && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.';
  });
}

Response ClassReply(int status, const Class& taxonomy_class) {
  Response response = http::JsonReply(status, ToJson(taxonomy_class));
  response.headers.Set("ETag", http::VersionETag(taxonomy_class.version));
  return response;
}

std::vector<std::string> ListOf(const http::Maybe<std::vector<std::string>>& list) {
  return http::ValueOf(list).value_or(std::vector<std::string>{});
}

Response GetTaxonomy(Service& service, Request& request, const Principal& principal) {
  if (auto ok = http::QueryReader(request).Finish(); !ok) {
    return http::ProblemResponse(ok.error(), request);
  }
  // Usage counts are for those who archive classes. Decided by role, as the response cache keys
  // its answers by role.
  const bool with_uses = access::ScopeOf(principal.role, kUpdate) != access::Scope::kNone;
  auto taxonomy = service.Get(with_uses);
  if (!taxonomy) return http::ProblemResponse(taxonomy.error(), request);
  return http::JsonReply(200, ToJson(*taxonomy));
}

Response GetClass(Service& service, Request& request, const Principal&) {
  const std::string_view id = request.PathParam("id");
  if (!CouldBeClassId(id)) return http::ProblemResponse(NoSuchClass(id), request);
  auto found = service.GetClass(id);
  if (!found) return http::ProblemResponse(found.error(), request);
  return ClassReply(200, *found);
}

Response CreateClass(Service& service, Request& request, const Principal& principal) {
  auto json = http::ParseJsonObject(request);
  if (!json) return http::ProblemResponse(json.error(), request);
  http::BodyReader body(*json);
  ClassFields fields;
  fields.id = body.String("id", kMaxId, true).value;
  fields.group_id = body.String("group_id", kMaxId, true).value;
  fields.label_en = body.String("label_en", kMaxLabel, true).value;
  fields.label_ru = body.String("label_ru", kMaxLabel, true).value;
  fields.synonyms_en = ListOf(body.StringList("synonyms_en", kMaxSynonyms, kMaxSynonym));
  fields.synonyms_ru = ListOf(body.StringList("synonyms_ru", kMaxSynonyms, kMaxSynonym));
  if (auto ok =
          body.Finish({"id", "group_id", "label_en", "label_ru", "synonyms_en", "synonyms_ru"});
      !ok) {
    return http::ProblemResponse(ok.error(), request);
  }
  auto created = service.CreateClass(fields, access::ActorOf(request, principal));
  if (!created) return http::ProblemResponse(created.error(), request);
  Response response = ClassReply(201, *created);
  response.headers.Set("Location", "/api/v1/taxonomy/classes/" + created->fields.id);
  return response;
}

Response PatchClass(Service& service, Request& request, const Principal& principal) {
  const std::string_view id = request.PathParam("id");
  if (!CouldBeClassId(id)) return http::ProblemResponse(NoSuchClass(id), request);
  auto version = http::IfMatchVersion(request);
  if (!version) return http::ProblemResponse(version.error(), request);
  auto json = http::ParseJsonObject(request, true);
  if (!json) return http::ProblemResponse(json.error(), request);
  http::BodyReader body(*json);
  ClassPatch patch;
  // A label sent as null or "" becomes empty, which the rules refuse by name.
  if (auto label = body.String("label_en", kMaxLabel); !label.absent()) {
    patch.label_en = label.value;
  }
  if (auto label = body.String("label_ru", kMaxLabel); !label.absent()) {
    patch.label_ru = label.value;
  }
  if (auto list = body.StringList("synonyms_en", kMaxSynonyms, kMaxSynonym); !list.absent()) {
    patch.synonyms_en = ListOf(list);
  }
  if (auto list = body.StringList("synonyms_ru", kMaxSynonyms, kMaxSynonym); !list.absent()) {
    patch.synonyms_ru = ListOf(list);
  }
  patch.archived = http::ValueOf(body.Boolean("archived"));
  if (auto ok = body.Finish({"label_en", "label_ru", "synonyms_en", "synonyms_ru", "archived"});
      !ok) {
    return http::ProblemResponse(ok.error(), request);
  }
  auto patched = service.PatchClass(id, *version, patch, access::ActorOf(request, principal));
  if (!patched) return http::ProblemResponse(patched.error(), request);
  return ClassReply(200, *patched);
}

}  // namespace

void AddRoutes(access::Routes& routes, Service& service) {
  using access::Action;
  using access::Resource;
  using http::Method;
  const auto bind = [&service](Response (*handler)(Service&, Request&, const Principal&)) {
    return [&service, handler](Request& request, const Principal& principal) {
      return handler(service, request, principal);
    };
  };
  constexpr bool kCached = true;
  routes.Add({Method::kGet, "/api/v1/taxonomy", {Resource::kTaxonomy, Action::kRead}, kCached},
             bind(GetTaxonomy));
  routes.Add({Method::kPost, "/api/v1/taxonomy/classes", {Resource::kTaxonomy, Action::kCreate}},
             bind(CreateClass));
  routes.Add({Method::kGet, "/api/v1/taxonomy/classes/{id}", {Resource::kTaxonomy, Action::kRead}},
             bind(GetClass));
  routes.Add(
      {Method::kPatch, "/api/v1/taxonomy/classes/{id}", {Resource::kTaxonomy, Action::kUpdate}},
      bind(PatchClass));
}

}  // namespace attache::taxonomy
