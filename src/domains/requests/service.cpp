#include "domains/requests/service.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/strings.hpp"
#include "domains/access/policy.hpp"
#include "domains/audit/store.hpp"
#include "domains/organisations/store.hpp"
#include "domains/requests/json.hpp"
#include "domains/requests/store.hpp"

namespace attache::requests {
namespace {

using access::Action;
using access::Permission;
using access::Resource;

constexpr Permission kRead{Resource::kRequest, Action::kRead};
constexpr Permission kCreate{Resource::kRequest, Action::kCreate};
constexpr Permission kUpdate{Resource::kRequest, Action::kUpdate};
constexpr Permission kChangeTypes{Resource::kRequestType, Action::kUpdate};

access::Subject SubjectOf(const SupportRequest& request) {
  return {.country = request.fields.country, .company_id = request.fields.organisation_id};
}

FieldError Invalid(std::string pointer, std::string en, std::string ru) {
  return FieldError{std::move(pointer), {}, {std::move(en), std::move(ru)}};
}

Result<SupportRequest> LoadReadable(db::Connection& conn, int64_t id, const access::Principal& by) {
  auto request = Found(SelectRequest(conn, id),
                       [&] { return tl::unexpected(NoSuchRequest(std::to_string(id))); });
  if (!request) return request;
  if (!access::Allows(by, kRead, SubjectOf(*request))) {
    return tl::unexpected(NoSuchRequest(std::to_string(id)));
  }
  return request;
}

// A readable request `by` may also change.
Result<SupportRequest> LoadWritable(db::Connection& conn, int64_t id, const access::Principal& by) {
  auto request = LoadReadable(conn, id, by);
  if (!request) return request;
  if (!access::Allows(by, kUpdate, SubjectOf(*request))) return tl::unexpected(NotYours());
  return request;
}

Status Check(Fields& fields, Date today) {
  Canonicalise(fields);
  if (auto errors = CheckFields(fields, today); !errors.empty()) {
    return FailValidation(std::move(errors));
  }
  return {};
}

// What the fields refer to, looked up: the company, the catalogue entry, and that the country
// and the assignee exist (422 on the field otherwise).
struct Resolved {
  OrganisationRef organisation;
  RequestType type;
};

Result<Resolved> Resolve(db::Connection& conn, const Fields& fields) {
  std::vector<FieldError> errors;
  Resolved resolved;
  const int64_t ids[] = {fields.organisation_id};
  auto refs = organisations::SelectRefs(conn, ids);
  if (!refs) return tl::unexpected(refs.error());
  if (refs->empty()) {
    errors.push_back(
        Invalid("/organisation_id",
                fmt::format("There is no organisation with the id {}.", fields.organisation_id),
                fmt::format("Организации с номером {} нет.", fields.organisation_id)));
  } else {
    const organisations::Ref& ref = refs->front();
    resolved.organisation = {ref.id, ref.name_ru, ref.name_en, ref.country};
  }
  auto country = CountryExists(conn, fields.country);
  if (!country) return tl::unexpected(country.error());
  if (!*country) {
    errors.push_back(Invalid("/country", "There is no such country.", "Такой страны нет."));
  }
  auto type = SelectType(conn, fields.type);
  if (!type) return tl::unexpected(type.error());
  if (!*type || (*type)->archived) {
    errors.push_back(Invalid("/type", "There is no such kind of support in the catalogue.",
                             "Такого вида поддержки в каталоге нет."));
  } else {
    resolved.type = std::move(**type);
  }
  if (fields.assignee_id && *country) {
    auto candidates = SelectCandidates(conn, fields.country);
    if (!candidates) return tl::unexpected(candidates.error());
    const bool eligible =
        std::any_of(candidates->begin(), candidates->end(),
                    [&](const Candidate& c) { return c.id == *fields.assignee_id; });
    if (!eligible) {
      errors.push_back(Invalid(
          "/assignee_id",
          fmt::format("User {} cannot take requests of {}: choose an attaché of the country or "
                      "an HQ analyst.",
                      *fields.assignee_id, fields.country),
          fmt::format("Пользователь {} не может вести запросы по стране {}: выберите атташе "
                      "этой страны или аналитика центра.",
                      *fields.assignee_id, fields.country)));
    }
  }
  if (!errors.empty()) return FailValidation(std::move(errors));
  return resolved;
}

nlohmann::json MoveDiff(const SupportRequest& before, RequestStatus to, std::string_view reason) {
  nlohmann::json diff = {{"status", {{"from", ToString(before.status)}, {"to", ToString(to)}}}};
  if (reason != before.reason) diff["reason"] = {{"from", before.reason}, {"to", reason}};
  return diff;
}

}  // namespace

Mover MoverOf(const access::Principal& by) {
  return by.role == access::Role::kCompany ? Mover::kCompany : Mover::kStaff;
}

Permits PermitsOf(const SupportRequest& request, const access::Principal& by) {
  Permits permits;
  if (!access::Allows(by, kUpdate, SubjectOf(request))) return permits;
  permits.moves = AllowedMoves(request.status, MoverOf(by));
  permits.editable = MoverOf(by) == Mover::kStaff ? !IsFinal(request.status)
                                                  : request.status == RequestStatus::kNew;
  return permits;
}

Result<std::vector<RequestType>> Service::Types(bool with_archived, const access::Principal& by) {
  const bool archived = with_archived && access::ScopeOf(by, kChangeTypes) != access::Scope::kNone;
  return database_.Read([&](db::Connection& conn) { return SelectTypes(conn, archived); });
}

Result<RequestType> Service::CreateType(TypeFields fields, const Actor& actor) {
  if (auto errors = CheckTypeFields(fields, true); !errors.empty()) {
    return FailValidation(std::move(errors));
  }
  const TimePoint now = clock_();
  return database_.Write([&](db::Connection& conn) -> Result<RequestType> {
    if (auto inserted = InsertType(conn, fields, now, actor); !inserted) {
      if (inserted.error().code == ErrorCode::kConflict) {
        return FailValidation({Invalid("/code", "This code is taken.", "Этот код уже занят.")});
      }
      return tl::unexpected(inserted.error());
    }
    if (auto recorded = audit::Record(
            conn, actor, now,
            {"request_type", fields.code, "create", audit::Diff(nullptr, ToJson(fields))});
        !recorded) {
      return tl::unexpected(recorded.error());
    }
    return Found(SelectType(conn, fields.code),
                 [&] { return tl::unexpected(NoSuchType(fields.code)); });
  });
}

Result<RequestType> Service::UpdateType(std::string_view code, int64_t version,
                                        const TypeChange& change, const Actor& actor) {
  const TimePoint now = clock_();
  return database_.Write([&](db::Connection& conn) -> Result<RequestType> {
    auto before = Found(SelectType(conn, code), [&] { return tl::unexpected(NoSuchType(code)); });
    if (!before) return before;
    if (before->version != version) return Stale(before->version);
    const TypeFields current{before->code,     before->parent.value_or(""),
                             before->name_ru,  before->name_en,
                             before->sla_days, before->archived};
    auto after = change(current);
    if (!after) return tl::unexpected(after.error());
    std::vector<FieldError> errors = CheckTypeFields(*after, false);
    if (after->code != current.code || after->parent != current.parent) {
      errors.push_back(Invalid("/code", "The code and the type of an entry cannot change.",
                               "Код и тип записи не меняются."));
    }
    if (!before->parent && !after->sla_days) {
      errors.push_back(Invalid("/sla_days", "Each of the four types needs its number of days.",
                               "У каждого из четырёх видов должно быть число дней."));
    }
    if (!before->parent && after->archived) {
      errors.push_back(Invalid("/archived", "The four types cannot be archived.",
                               "Четыре основных вида нельзя архивировать."));
    }
    if (!errors.empty()) return FailValidation(std::move(errors));
    auto updated = requests::UpdateType(conn, code, version, *after, now);
    if (!updated) return tl::unexpected(updated.error());
    if (!*updated) return Stale(version + 1);
    if (auto recorded = audit::Record(conn, actor, now,
                                      {"request_type", std::string(code), "update",
                                       audit::Diff(ToJson(current), ToJson(*after))});
        !recorded) {
      return tl::unexpected(recorded.error());
    }
    return Found(SelectType(conn, code), [&] { return tl::unexpected(NoSuchType(code)); });
  });
}

Result<Page<SupportRequest>> Service::List(Query query, const access::Principal& by) {
  access::Narrow(query, by, kRead);
  query.now = FormatTimestamp(clock_());
  return database_.Read([&](db::Connection& conn) { return SelectRequests(conn, query); });
}

Result<SupportRequest> Service::Get(int64_t id, const access::Principal& by) {
  return database_.Read([&](db::Connection& conn) { return LoadReadable(conn, id, by); });
}

Result<SupportRequest> Service::Create(Fields fields, const access::Principal& by,
                                       const Actor& actor) {
  const TimePoint now = clock_();
  const bool company = MoverOf(by) == Mover::kCompany;
  if (company) {
    if (fields.organisation_id == 0) fields.organisation_id = by.company_id.value_or(0);
    if (fields.assignee_id) {
      return FailValidation(
          {Invalid("/assignee_id", "The service assigns your request; leave this out.",
                   "Исполнителя назначит служба; не указывайте его.")});
    }
  } else if (fields.organisation_id == 0) {
    return FailValidation({Invalid("/organisation_id", "Choose the company the request is for.",
                                   "Выберите компанию, для которой запрос.")});
  }
  if (auto valid = Check(fields, ToDate(now)); !valid) return tl::unexpected(valid.error());
  return database_.Write([&](db::Connection& conn) -> Result<SupportRequest> {
    auto resolved = Resolve(conn, fields);
    if (!resolved) return tl::unexpected(resolved.error());
    if (!access::Allows(by, kCreate,
                        {.country = fields.country, .company_id = fields.organisation_id})) {
      return tl::unexpected(NotYours());
    }
    if (!fields.assignee_id) {
      auto candidates = SelectCandidates(conn, fields.country);
      if (!candidates) return tl::unexpected(candidates.error());
      if (!candidates->empty() && candidates->front().role == "attache") {
        fields.assignee_id = candidates->front().id;
      }
    }
    const TimePoint due = DueAt(now, resolved->type.effective_sla_days);
    auto id = InsertRequest(conn, fields, resolved->type.group(), due, now, actor);
    if (!id) return tl::unexpected(id.error());
    if (auto recorded = audit::Record(
            conn, actor, now,
            {"request", std::to_string(*id), "create", audit::Diff(nullptr, ToJson(fields))});
        !recorded) {
      return tl::unexpected(recorded.error());
    }
    return LoadReadable(conn, *id, by);
  });
}

Result<SupportRequest> Service::Update(int64_t id, int64_t version, const Change& change,
                                       const access::Principal& by, const Actor& actor) {
  const TimePoint now = clock_();
  return database_.Write([&](db::Connection& conn) -> Result<SupportRequest> {
    auto before = LoadWritable(conn, id, by);
    if (!before) return before;
    if (IsFinal(before->status)) return tl::unexpected(Closed(id, before->status));
    if (before->version != version) return Stale(before->version);
    if (!PermitsOf(*before, by).editable) {
      return tl::unexpected(
          Error{ErrorCode::kConflict,
                {"The request is being handled: add a comment instead of changing it.",
                 "Запрос уже в работе: вместо изменения добавьте комментарий."},
                {},
                {}});
    }
    auto after = change(before->fields);
    if (!after) return tl::unexpected(after.error());
    if (auto valid = Check(*after, ToDate(now)); !valid) return tl::unexpected(valid.error());
    std::vector<FieldError> errors;
    if (after->organisation_id != before->fields.organisation_id) {
      errors.push_back(Invalid("/organisation_id",
                               "A request stays with the company that filed it.",
                               "Запрос остаётся за компанией, которая его подала."));
    }
    if (MoverOf(by) == Mover::kCompany && after->assignee_id != before->fields.assignee_id) {
      errors.push_back(Invalid("/assignee_id", "The service assigns requests.",
                               "Исполнителя назначает служба."));
    }
    if (!errors.empty()) return FailValidation(std::move(errors));
    auto resolved = Resolve(conn, *after);
    if (!resolved) return tl::unexpected(resolved.error());
    if (!access::Allows(by, kUpdate,
                        {.country = after->country, .company_id = after->organisation_id})) {
      return tl::unexpected(NotYours());
    }
    auto updated = UpdateRequest(conn, id, version, *after, resolved->type.group(), now);
    if (!updated) return tl::unexpected(updated.error());
    if (!*updated) return Stale(version + 1);
    if (auto recorded = audit::Record(conn, actor, now,
                                      {"request", std::to_string(id), "update",
                                       audit::Diff(ToJson(before->fields), ToJson(*after))});
        !recorded) {
      return tl::unexpected(recorded.error());
    }
    return LoadReadable(conn, id, by);
  });
}

Result<SupportRequest> Service::Move(int64_t id, int64_t version, RequestStatus to,
                                     std::string reason, const access::Principal& by,
                                     const Actor& actor) {
  const TimePoint now = clock_();
  reason = std::string(Trim(reason));
  return database_.Write([&](db::Connection& conn) -> Result<SupportRequest> {
    auto before = LoadWritable(conn, id, by);
    if (!before) return before;
    if (before->version != version) return Stale(before->version);
    if (auto errors = CheckMove(before->status, to, reason, MoverOf(by)); !errors.empty()) {
      return FailValidation(std::move(errors));
    }
    auto moved = MoveRequest(conn, *before, to, reason, now);
    if (!moved) return tl::unexpected(moved.error());
    if (!*moved) return Stale(version + 1);
    if (auto recorded = audit::Record(
            conn, actor, now,
            {"request", std::to_string(id), "transition", MoveDiff(*before, to, reason)});
        !recorded) {
      return tl::unexpected(recorded.error());
    }
    return LoadReadable(conn, id, by);
  });
}

Result<std::vector<Comment>> Service::Comments(int64_t id, const access::Principal& by) {
  return database_.Read([&](db::Connection& conn) -> Result<std::vector<Comment>> {
    auto request = LoadReadable(conn, id, by);
    if (!request) return tl::unexpected(request.error());
    return SelectComments(conn, id, MoverOf(by) == Mover::kStaff);
  });
}

Result<Comment> Service::AddComment(int64_t id, std::string body, bool internal,
                                    const access::Principal& by, const Actor& actor) {
  const TimePoint now = clock_();
  body = std::string(Trim(body));
  std::vector<FieldError> errors;
  if (body.empty())
    errors.push_back(Invalid("/body", "Write the comment.", "Напишите комментарий."));
  if (internal && MoverOf(by) == Mover::kCompany) {
    errors.push_back(Invalid("/internal", "Internal notes are for the service's staff.",
                             "Внутренние заметки - для сотрудников службы."));
  }
  if (!errors.empty()) return FailValidation(std::move(errors));
  return database_.Write([&](db::Connection& conn) -> Result<Comment> {
    auto request = LoadWritable(conn, id, by);
    if (!request) return tl::unexpected(request.error());
    auto comment = InsertComment(conn, id, body, internal, now, actor);
    if (!comment) return comment;
    nlohmann::json diff = {{"comment", {{"from", nullptr}, {"to", ToJson(*comment)}}}};
    if (auto recorded =
            audit::Record(conn, actor, now, {"request", std::to_string(id), "comment", diff});
        !recorded) {
      return tl::unexpected(recorded.error());
    }
    // The company answered what it was asked: the ball is back with the service.
    if (MoverOf(by) == Mover::kCompany && request->status == RequestStatus::kWaitingOnCompany) {
      auto moved = MoveRequest(conn, *request, RequestStatus::kInProgress, request->reason, now);
      if (!moved) return tl::unexpected(moved.error());
      if (!*moved) return Stale(request->version + 1);
      if (auto recorded =
              audit::Record(conn, actor, now,
                            {"request", std::to_string(id), "transition",
                             MoveDiff(*request, RequestStatus::kInProgress, request->reason)});
          !recorded) {
        return tl::unexpected(recorded.error());
      }
    }
    return comment;
  });
}

Result<std::vector<Attachment>> Service::Attachments(int64_t id, const access::Principal& by) {
  return database_.Read([&](db::Connection& conn) -> Result<std::vector<Attachment>> {
    if (auto request = LoadReadable(conn, id, by); !request) {
      return tl::unexpected(request.error());
    }
    return SelectAttachments(conn, id);
  });
}

Result<Attachment> Service::Attach(int64_t id, std::string_view name, std::string_view bytes,
                                   const access::Principal& by, const Actor& actor) {
  const TimePoint now = clock_();
  if (bytes.size() > kMaxAttachmentBytes) {
    return Fail(ErrorCode::kPayloadTooLarge,
                {fmt::format("A file may be at most {} MiB.", kMaxAttachmentBytes >> 20),
                 fmt::format("Файл может быть не больше {} МиБ.", kMaxAttachmentBytes >> 20)});
  }
  const auto type = SniffMediaType(bytes);
  if (!type) {
    return Fail(ErrorCode::kUnsupportedMediaType,
                {"Attach PDF, images (PNG, JPEG, GIF, WebP), Word, Excel, PowerPoint, "
                 "OpenDocument or plain text files.",
                 "Прикрепляйте PDF, изображения (PNG, JPEG, GIF, WebP), документы Word, Excel, "
                 "PowerPoint, OpenDocument или простой текст."});
  }
  if (!ExtensionMatches(name, *type)) {
    return Fail(ErrorCode::kUnsupportedMediaType,
                {fmt::format("The file is {}, which its name does not say; rename it to .{}.",
                             type->mime, type->extension),
                 fmt::format("Файл имеет тип {}, а имя говорит иное; переименуйте его в .{}.",
                             type->mime, type->extension)});
  }
  const std::string file_name = CleanFileName(name, *type);
  return database_.Write([&](db::Connection& conn) -> Result<Attachment> {
    if (auto request = LoadWritable(conn, id, by); !request) {
      return tl::unexpected(request.error());
    }
    auto count = CountAttachments(conn, id);
    if (!count) return tl::unexpected(count.error());
    if (*count >= kMaxAttachments) {
      return Fail(
          ErrorCode::kConflict,
          {fmt::format("A request holds at most {} files: remove one first.", kMaxAttachments),
           fmt::format("У запроса может быть не больше {} файлов: сначала удалите один.",
                       kMaxAttachments)});
    }
    auto attachment_id = InsertAttachment(conn, id, file_name, type->mime, bytes, now, actor);
    if (!attachment_id) return tl::unexpected(attachment_id.error());
    auto attachment = Found(SelectAttachment(conn, id, *attachment_id), [] {
      return FailInternal(ErrorCode::kInternal, "inserted attachment not found");
    });
    if (!attachment) return attachment;
    const nlohmann::json summary = {{"id", attachment->id},
                                    {"name", attachment->name},
                                    {"media_type", attachment->media_type},
                                    {"size", attachment->size},
                                    {"sha256", attachment->sha256}};
    if (auto recorded = audit::Record(conn, actor, now,
                                      {"request",
                                       std::to_string(id),
                                       "attach",
                                       {{"attachment", {{"from", nullptr}, {"to", summary}}}}});
        !recorded) {
      return tl::unexpected(recorded.error());
    }
    return attachment;
  });
}

Result<AttachmentFile> Service::Download(int64_t id, int64_t attachment_id,
                                         const access::Principal& by) {
  return database_.Read([&](db::Connection& conn) -> Result<AttachmentFile> {
    if (auto request = LoadReadable(conn, id, by); !request) {
      return tl::unexpected(request.error());
    }
    const auto missing = [&] {
      return tl::unexpected(Error{ErrorCode::kNotFound,
                                  {fmt::format("Request {} has no file {}.", id, attachment_id),
                                   fmt::format("У запроса {} нет файла {}.", id, attachment_id)},
                                  {},
                                  {}});
    };
    auto attachment = Found(SelectAttachment(conn, id, attachment_id), missing);
    if (!attachment) return tl::unexpected(attachment.error());
    auto bytes = Found(SelectAttachmentBytes(conn, attachment_id), missing);
    if (!bytes) return tl::unexpected(bytes.error());
    return AttachmentFile{std::move(*attachment), std::move(*bytes)};
  });
}

Status Service::Detach(int64_t id, int64_t attachment_id, int64_t version,
                       const access::Principal& by, const Actor& actor) {
  const TimePoint now = clock_();
  return database_.Write([&](db::Connection& conn) -> Status {
    if (auto request = LoadWritable(conn, id, by); !request) {
      return tl::unexpected(request.error());
    }
    auto attachment = Found(SelectAttachment(conn, id, attachment_id), [&] {
      return tl::unexpected(Error{ErrorCode::kNotFound,
                                  {fmt::format("Request {} has no file {}.", id, attachment_id),
                                   fmt::format("У запроса {} нет файла {}.", id, attachment_id)},
                                  {},
                                  {}});
    });
    if (!attachment) return tl::unexpected(attachment.error());
    if (attachment->version != version) return Stale(attachment->version);
    const bool own =
        attachment->uploaded_by && by.user_id && attachment->uploaded_by->id == *by.user_id;
    if (MoverOf(by) == Mover::kCompany && !own) {
      return Fail(ErrorCode::kForbidden,
                  {"Only the service's staff or whoever uploaded a file may remove it.",
                   "Удалить файл могут сотрудники службы или тот, кто его загрузил."});
    }
    auto archived = ArchiveAttachment(conn, id, attachment_id, version, now);
    if (!archived) return tl::unexpected(archived.error());
    if (!*archived) return Stale(version + 1);
    return audit::Record(
        conn, actor, now,
        {"request",
         std::to_string(id),
         "detach",
         {{"attachment",
           {{"from", {{"id", attachment_id}, {"name", attachment->name}}}, {"to", nullptr}}}}});
  });
}

Result<Report> Service::MakeReport(ReportQuery query, const access::Principal& by) {
  access::Narrow(query, by, kRead);
  query.now = FormatTimestamp(clock_());
  return database_.Read([&](db::Connection& conn) { return SelectReport(conn, query); });
}

Result<std::vector<Candidate>> Service::Candidates(std::string_view country) {
  const std::string code = AsciiUpper(country);
  return database_.Read([&](db::Connection& conn) { return SelectCandidates(conn, code); });
}

}  // namespace attache::requests
