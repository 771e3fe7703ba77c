// What the export routes share (routes.cpp for the catalogue and the administration,
// casework_exports.cpp for requests, deals and the reports): the file's parameters, the spool
// with its record in the audit trail, and reading a list in batches or pages. Internal to the
// transfer domain.
#pragma once

#include <algorithm>
#include <optional>
#include <span>
#include <string>

#include "core/enum_names.hpp"
#include "core/page.hpp"
#include "domains/access/policy.hpp"
#include "domains/access/routes.hpp"
#include "domains/audit/store.hpp"
#include "domains/transfer/export.hpp"
#include "domains/transfer/routes.hpp"
#include "platform/http/input.hpp"
#include "platform/http/problem.hpp"

namespace attache::transfer {

using access::Principal;
using http::Request;
using http::Response;

// Records an export reads at a time: memory stays flat, and few enough queries.
constexpr size_t kExportBatch = 1000;

// `format` (csv, the default, or xlsx) and `lang` (the request's language by default).
struct FileParams {
  Format format = Format::kCsv;
  Lang lang = Lang::kEn;
};

inline FileParams ReadFileParams(http::QueryReader& query, const Request& request) {
  FileParams params;
  params.lang = request.lang;
  if (auto format = query.String("format", 8)) {
    if (auto known = EnumValue(kFormatNames, *format)) {
      params.format = *known;
    } else {
      query.AddError("format", {"Must be csv or xlsx.", "Должно быть csv или xlsx."});
    }
  }
  if (auto lang = query.String("lang", 2)) {
    if (*lang == "ru" || *lang == "en") {
      params.lang = *lang == "ru" ? Lang::kRu : Lang::kEn;
    } else {
      query.AddError("lang", {"Must be ru or en.", "Должно быть ru или en."});
    }
  }
  return params;
}

// What an export of a list did, for the audit trail: who took which rows.
inline Status RecordExport(Services& services, const Request& request, const Principal& principal,
                           Kind kind, int64_t rows) {
  return services.database.Write([&](db::Connection& conn) {
    return audit::Record(conn, access::ActorOf(request, principal), services.clock(),
                         {"export",
                          std::string(ToString(kind)),
                          "file_export",
                          {{"rows", rows}, {"query", request.query}}});
  });
}

// A file of the rows `fill` adds to the spool, with the export in the audit trail.
template <class Fill>
Response ExportFile(Services& services, Request& request, const Principal& principal, Kind kind,
                    const FileParams& params, Fill fill) {
  const bool personal = access::SeesPersonalData(principal);
  auto spool =
      Spool::Open(kind, Purpose::kExport, params.format, params.lang, personal, services.temp_dir);
  if (!spool) return http::ProblemResponse(spool.error(), request);
  if (Status filled = fill(**spool); !filled) return http::ProblemResponse(filled.error(), request);
  // Who took which rows; public data taken without signing in (the taxonomy) leaves no trace.
  if (principal.signed_in()) {
    if (auto recorded = RecordExport(services, request, principal, kind, (*spool)->rows());
        !recorded) {
      return http::ProblemResponse(recorded.error(), request);
    }
  }
  auto response =
      (*spool)->Finish(fmt::format("{}-{}", ToString(kind), ToDate(services.clock()).ToString()));
  if (!response) return http::ProblemResponse(response.error(), request);
  return std::move(*response);
}

// The list's ids in its order, then its records in batches, into a spool; then the file.
template <class Query, class Service, class ToRecord>
Response ExportList(Services& services, Request& request, const Principal& principal, Kind kind,
                    Query filter, const FileParams& params, Service& service, ToRecord to_record) {
  return ExportFile(services, request, principal, kind, params, [&](Spool& spool) -> Status {
    auto ids = service.ListIds(std::move(filter), principal);
    if (!ids) return tl::unexpected(ids.error());
    const std::span<const int64_t> all(*ids);
    for (size_t start = 0; start < all.size(); start += kExportBatch) {
      auto items = service.GetMany(all.subspan(start, std::min(kExportBatch, all.size() - start)),
                                   principal);
      if (!items) return tl::unexpected(items.error());
      for (const auto& item : *items) {
        if (auto added = spool.Add(to_record(item, params.lang)); !added) return added;
      }
    }
    return {};
  });
}

// A list read a page at a time (`page(offset)` gives the rows from `offset` and where the next
// page starts), for lists without an id query.
template <class PageOf>
Response ExportPages(Services& services, Request& request, const Principal& principal, Kind kind,
                     const FileParams& params, PageOf page) {
  return ExportFile(services, request, principal, kind, params, [&](Spool& spool) -> Status {
    std::optional<int64_t> offset = 0;
    while (offset) {
      Result<Page<nlohmann::json>> rows = page(*offset);
      if (!rows) return tl::unexpected(rows.error());
      for (const nlohmann::json& row : rows->items) {
        if (auto added = spool.Add(row); !added) return added;
      }
      offset = rows->next_offset;
    }
    return {};
  });
}

template <class Owner>
std::string NameIn(const Owner& owner, Lang lang) {
  const std::string& preferred = lang == Lang::kRu ? owner.name_ru : owner.name_en;
  return preferred.empty() ? (lang == Lang::kRu ? owner.name_en : owner.name_ru) : preferred;
}

// A list its service pages by offset: the filter `read` takes from the query, then every page of
// `list(filter)` as rows.
template <class Read, class List, class ToRow>
Response ExportOffsetPages(Services& services, Request& request, const Principal& principal,
                           Kind kind, Read read, List list, ToRow to_row) {
  http::QueryReader query(request);
  auto filter = read(query);
  const FileParams params = ReadFileParams(query, request);
  if (auto ok = query.Finish(); !ok) return http::ProblemResponse(ok.error(), request);
  filter.limit = static_cast<int>(kExportBatch);
  return ExportPages(services, request, principal, kind, params,
                     [&](int64_t offset) -> Result<Page<nlohmann::json>> {
                       filter.offset = offset;
                       auto page = list(filter);
                       if (!page) return tl::unexpected(page.error());
                       Page<nlohmann::json> rows{{}, page->total, page->next_offset};
                       for (const auto& item : page->items) {
                         rows.items.push_back(to_row(item, params.lang));
                       }
                       return rows;
                     });
}

// The casework's exports (casework_exports.cpp).
Response ExportRequests(Services& services, Request& request, const Principal& principal);
Response ExportDeals(Services& services, Request& request, const Principal& principal);
Response ExportPipeline(Services& services, Request& request, const Principal& principal);
Response ExportWins(Services& services, Request& request, const Principal& principal);
Response ExportRequestsReport(Services& services, Request& request, const Principal& principal);

}  // namespace attache::transfer
