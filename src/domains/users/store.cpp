#include "domains/users/store.hpp"

#include <nlohmann/json.hpp>

#include "core/strings.hpp"
#include "domains/users/queries.hpp"
#include "text/normalize.hpp"

namespace attache::users {
namespace {

static_assert(db::SortsCovered(kUserSorts, kUserOrder),
              "every sort field of the API needs its column in kUserOrder");

User ReadUser(const db::Row& row) {
  User user;
  user.id = row.Int(0);
  user.fields.email = row.String(1);
  user.fields.display_name = row.String(2);
  user.fields.lang = row.Text(3) == "en" ? Lang::kEn : Lang::kRu;
  user.fields.role = access::ParseRole(row.Text(4)).value_or(access::Role::kViewer);
  if (!row.IsNull(5)) user.fields.company_id = row.Int(5);
  user.fields.region = row.OptString(6);
  user.must_change_password = row.Int(7) != 0;
  user.last_login_at = row.OptString(8);
  user.active = row.IsNull(9);
  user.created_at = row.String(10);
  user.updated_at = row.String(11);
  user.version = row.Int(12);
  return user;
}

ApiToken ReadToken(const db::Row& row) {
  ApiToken token;
  token.id = row.Int(0);
  token.user_id = row.Int(1);
  token.user_email = row.String(2);
  token.name = row.String(3);
  token.prefix = row.String(4);
  token.permissions = ParsePermissionsJson(row.Text(5));
  token.created_at = row.String(6);
  token.expires_at = row.String(7);
  token.last_used_at = row.OptString(8);
  token.revoked_at = row.OptString(9);
  return token;
}

Result<std::optional<User>> SelectOne(db::Connection& conn, std::string_view sql, db::Param key) {
  std::optional<User> user;
  const db::Param params[] = {key};
  auto read = conn.Query(sql, params, [&](const db::Row& row) { user = ReadUser(row); });
  if (!read) return tl::unexpected(read.error());
  if (user) {
    auto countries = conn.Query(kSelectUserCountries, {user->id}, [&](const db::Row& row) {
      user->fields.countries.push_back(row.String(0));
    });
    if (!countries) return tl::unexpected(countries.error());
  }
  return user;
}

void AddUserFilters(db::SqlBuilder& sql, const UserQuery& query) {
  if (query.text) {
    sql.Where(kUserTextFilter, "%" + text::EscapeLike(text::Fold(*query.text)) + "%");
  }
  std::vector<std::string_view> roles;
  for (const access::Role role : query.roles) roles.push_back(access::ToString(role));
  sql.WhereIn(kUserRoleColumn, roles);
  if (query.status.size() == 1) {
    sql.Append(query.status.front() == UserStatus::kActive ? kUserActiveFilter
                                                           : kUserDisabledFilter);
  }
}

void AddTokenFilters(db::SqlBuilder& sql, const TokenQuery& query, std::string_view now) {
  if (query.user_id) sql.Where(kTokenUserFilter, std::to_string(*query.user_id));
  if (query.status.empty()) return;
  sql.Append(kTokenStatusOpen);
  for (const TokenStatus status : query.status) {
    switch (status) {
      case TokenStatus::kActive:
        sql.Where(kTokenActiveFilter, std::string(now));
        break;
      case TokenStatus::kExpired:
        sql.Where(kTokenExpiredFilter, std::string(now));
        break;
      case TokenStatus::kRevoked:
        sql.Append(kTokenRevokedFilter);
        break;
    }
  }
  sql.Append(")");
}

std::string SearchText(const UserFields& fields) {
  return text::Fold(fields.email + " " + fields.display_name);
}

}  // namespace

std::string EmailKey(std::string_view email) { return text::Fold(Trim(email)); }

Result<std::optional<User>> SelectUser(db::Connection& conn, int64_t id) {
  return SelectOne(conn, kSelectUserById, id);
}

Result<bool> IsCaseOwner(db::Connection& conn, int64_t id) {
  auto user = SelectUser(conn, id);
  if (!user) return tl::unexpected(user.error());
  if (!*user || !(*user)->active) return false;
  const access::Role role = (*user)->fields.role;
  return role == access::Role::kAttache || role == access::Role::kAnalyst ||
         role == access::Role::kAdmin;
}

Result<std::optional<User>> SelectUserByEmail(db::Connection& conn, std::string_view email) {
  const std::string key = EmailKey(email);
  return SelectOne(conn, kSelectUserByEmail, std::string_view(key));
}

Result<Page<User>> SelectUsers(db::Connection& conn, const UserQuery& query) {
  Page<User> page;
  db::SqlBuilder count(kUserCount);
  AddUserFilters(count, query);
  auto total = conn.QueryInt(count.sql(), count.params());
  if (!total) return tl::unexpected(total.error());
  page.total = *total;
  db::SqlBuilder select(kUserSelect);
  AddUserFilters(select, query);
  select.OrderBy(query.sort, kUserOrder, "id");
  select.Page(query.limit, query.offset);
  auto read = conn.Query(select.sql(), select.params(),
                         [&](const db::Row& row) { page.items.push_back(ReadUser(row)); });
  if (!read) return tl::unexpected(read.error());
  if (!page.items.empty()) {
    int64_t low = page.items.front().id;
    int64_t high = low;
    for (const User& user : page.items) {
      low = std::min(low, user.id);
      high = std::max(high, user.id);
    }
    auto countries = conn.Query(kSelectCountriesOfUsers, {low, high}, [&](const db::Row& row) {
      const int64_t id = row.Int(0);
      for (User& user : page.items) {
        if (user.id == id) user.fields.countries.push_back(row.String(1));
      }
    });
    if (!countries) return tl::unexpected(countries.error());
  }
  if (query.offset + static_cast<int64_t>(page.items.size()) < page.total) {
    page.next_offset = query.offset + static_cast<int64_t>(page.items.size());
  }
  return page;
}

Result<std::string> SelectPasswordHash(db::Connection& conn, int64_t id) {
  std::optional<std::string> hash;
  auto read =
      conn.Query(kSelectPasswordHash, {id}, [&](const db::Row& row) { hash = row.String(0); });
  if (!read) return tl::unexpected(read.error());
  if (!hash) return FailInternal(ErrorCode::kNotFound, "no password hash for user");
  return *hash;
}

Result<int64_t> CountUsers(db::Connection& conn) { return conn.QueryInt(kCountUsers, {}); }

Status CheckCountriesExist(db::Connection& conn, const std::vector<std::string>& countries) {
  std::vector<FieldError> errors;
  for (size_t i = 0; i < countries.size(); ++i) {
    auto found = conn.QueryInt(kCountryExists, {std::string_view(countries[i])});
    if (!found) return tl::unexpected(found.error());
    if (*found == 0) {
      errors.push_back({"/countries/" + std::to_string(i),
                        "",
                        {"No country has the code " + countries[i] + ".",
                         "Страны с кодом " + countries[i] + " нет."}});
    }
  }
  if (!errors.empty()) return FailValidation(std::move(errors));
  return {};
}

Result<int64_t> InsertUser(db::Connection& conn, const NewUser& user, std::string_view now,
                           std::optional<int64_t> created_by) {
  const UserFields& fields = user.fields;
  const std::string key = EmailKey(fields.email);
  const std::string search = SearchText(fields);
  auto id = conn.QueryInt(
      kInsertUser,
      {fields.email, key, fields.display_name, ToString(fields.lang), access::ToString(fields.role),
       db::Nullable(fields.company_id), db::Nullable(fields.region), user.password_hash,
       int64_t{user.must_change_password}, now, search, db::Nullable(created_by)});
  if (!id) return id;
  for (const std::string& country : fields.countries) {
    auto added = conn.Execute(kInsertUserCountry, {*id, std::string_view(country)});
    if (!added) return tl::unexpected(added.error());
  }
  return id;
}

Result<bool> UpdateUser(db::Connection& conn, int64_t id, int64_t version, const UserFields& fields,
                        bool active, std::string_view now) {
  const std::string search = SearchText(fields);
  const db::Param disabled = active ? db::Param(nullptr) : db::Param(now);
  auto changed =
      conn.Execute(kUpdateUser, {id, version, fields.display_name, ToString(fields.lang),
                                 access::ToString(fields.role), db::Nullable(fields.company_id),
                                 db::Nullable(fields.region), disabled, search, now});
  if (!changed) return tl::unexpected(changed.error());
  if (*changed == 0) return false;
  auto cleared = conn.Execute(kDeleteUserCountries, {id});
  if (!cleared) return tl::unexpected(cleared.error());
  for (const std::string& country : fields.countries) {
    auto added = conn.Execute(kInsertUserCountry, {id, std::string_view(country)});
    if (!added) return tl::unexpected(added.error());
  }
  return true;
}

Status SetPassword(db::Connection& conn, int64_t id, std::string_view hash, bool must_change,
                   std::string_view now) {
  auto changed = conn.Execute(kSetPassword, {id, hash, int64_t{must_change}, now});
  if (!changed) return tl::unexpected(changed.error());
  return {};
}

Result<std::optional<SessionRow>> SelectSession(db::Connection& conn, std::string_view hash) {
  std::optional<SessionRow> session;
  auto read = conn.Query(kSelectSession, {hash}, [&](const db::Row& row) {
    session = SessionRow{row.Int(0), row.Int(1), row.String(2), row.String(3), row.OptString(4)};
  });
  if (!read) return tl::unexpected(read.error());
  return session;
}

Result<std::optional<TokenRow>> SelectTokenByHash(db::Connection& conn, std::string_view hash) {
  std::optional<TokenRow> token;
  auto read = conn.Query(kSelectTokenByHash, {hash}, [&](const db::Row& row) {
    token = TokenRow{row.Int(0), row.Int(1), ParsePermissionsJson(row.Text(2)), row.String(3),
                     row.OptString(4)};
  });
  if (!read) return tl::unexpected(read.error());
  return token;
}

Result<std::optional<ApiToken>> SelectToken(db::Connection& conn, int64_t id) {
  std::optional<ApiToken> token;
  auto read =
      conn.Query(kSelectTokenById, {id}, [&](const db::Row& row) { token = ReadToken(row); });
  if (!read) return tl::unexpected(read.error());
  return token;
}

Result<Page<ApiToken>> SelectTokens(db::Connection& conn, const TokenQuery& query,
                                    std::string_view now) {
  Page<ApiToken> page;
  db::SqlBuilder count(kTokenCount);
  AddTokenFilters(count, query, now);
  auto total = conn.QueryInt(count.sql(), count.params());
  if (!total) return tl::unexpected(total.error());
  page.total = *total;
  db::SqlBuilder select(kTokenSelect);
  AddTokenFilters(select, query, now);
  select.Append(kTokenOrder);
  select.Page(query.limit, query.offset);
  auto read = conn.Query(select.sql(), select.params(),
                         [&](const db::Row& row) { page.items.push_back(ReadToken(row)); });
  if (!read) return tl::unexpected(read.error());
  if (query.offset + static_cast<int64_t>(page.items.size()) < page.total) {
    page.next_offset = query.offset + static_cast<int64_t>(page.items.size());
  }
  return page;
}

std::string PermissionsJson(const std::vector<access::Permission>& permissions) {
  nlohmann::json names = nlohmann::json::array();
  for (const access::Permission permission : permissions) names.push_back(ToString(permission));
  return names.dump();
}

std::vector<access::Permission> ParsePermissionsJson(std::string_view json) {
  std::vector<access::Permission> permissions;
  const auto names = nlohmann::json::parse(json, nullptr, false);
  if (!names.is_array()) return permissions;
  for (const auto& name : names) {
    if (!name.is_string()) continue;
    if (auto permission = access::ParsePermission(name.get<std::string>())) {
      permissions.push_back(*permission);
    }
  }
  return permissions;
}

}  // namespace attache::users
