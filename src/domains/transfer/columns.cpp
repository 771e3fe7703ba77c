#include "domains/transfer/columns.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

#include "core/enum_names.hpp"
#include "core/strings.hpp"
#include "core/time.hpp"
#include "text/normalize.hpp"

namespace attache::transfer {
namespace {

using enum CellType;

// clang-format off
constexpr Column kOrganisationColumns[] = {
  {"id",                   "ID",                    "ID",                        kInteger, Role::kId},
  {"kind",                 "Kind",                  "Вид"},
  {"name_ru",              "Name (Russian)",        "Наименование (рус.)"},
  {"name_en",              "Name (English)",        "Наименование (англ.)"},
  {"country",              "Country",               "Страна"},
  {"inn",                  "INN",                   "ИНН"},
  {"ogrn",                 "OGRN",                  "ОГРН"},
  {"website",              "Website",               "Сайт"},
  {"size_band",            "Size",                  "Размер"},
  {"hq_region",            "HQ region",             "Регион"},
  {"description_ru",       "Description (Russian)", "Описание (рус.)"},
  {"description_en",       "Description (English)", "Описание (англ.)"},
  {"accredited",           "IT accreditation",      "Аккредитация ИТ",           kBoolean},
  {"accreditation_number", "Accreditation number",  "Номер аккредитации"},
  {"accreditation_date",   "Accreditation date",    "Дата аккредитации",         kDate},
  {"sectors",              "Sectors",               "Отрасли",                   kList},
  {"parent_id",            "Parent ID",             "Головная организация (ID)", kInteger},
  {"markets",              "Export markets",        "Экспортные рынки",          kMarkets},
  {"hub_services",         "Hub services",          "Услуги хаба",               kList},
  {"updated_at",           "Updated",               "Изменено",                  kText, Role::kReadOnly},
};

constexpr Column kSolutionColumns[] = {
  {"id",                  "ID",                     "ID",                          kInteger, Role::kId},
  {"organisation_id",     "Organisation ID",        "Организация (ID)",            kInteger},
  {"organisation_inn",    "Organisation INN",       "ИНН организации",             kText, Role::kOwnerInn},
  {"organisation_name",   "Organisation",           "Организация",                 kText, Role::kReadOnly},
  {"name_ru",             "Name (Russian)",         "Наименование (рус.)"},
  {"name_en",             "Name (English)",         "Наименование (англ.)"},
  {"description_ru",      "Description (Russian)",  "Описание (рус.)"},
  {"description_en",      "Description (English)",  "Описание (англ.)"},
  {"kind",                "Kind",                   "Вид"},
  {"main_class",          "Main class",             "Основной класс"},
  {"classes",             "Other classes",          "Другие классы",               kList},
  {"maturity",            "Maturity",               "Зрелость"},
  {"interface_languages", "Interface languages",    "Языки интерфейса",            kList},
  {"references",          "Deployments",            "Внедрения",                   kReferences},
  {"certifications",      "Certifications",         "Сертификаты",                 kLines},
  {"registry_number",     "Registry number",        "Номер в реестре ПО"},
  {"licence_model",       "Licence model",          "Модель лицензирования"},
  {"export_readiness",    "Export readiness (0-3)", "Экспортная готовность (0–3)", kInteger},
  {"published",           "Published",              "Опубликовано",                kBoolean},
  {"updated_at",          "Updated",                "Изменено",                    kText, Role::kReadOnly},
};

constexpr Column kContactColumns[] = {
  {"id",                "ID",               "ID",                  kInteger, Role::kId},
  {"organisation_id",   "Organisation ID",  "Организация (ID)",    kInteger},
  {"organisation_inn",  "Organisation INN", "ИНН организации",     kText, Role::kOwnerInn},
  {"organisation_name", "Organisation",     "Организация",         kText, Role::kReadOnly},
  {"name_ru",           "Name (Russian)",   "ФИО (рус.)"},
  {"name_en",           "Name (English)",   "ФИО (англ.)"},
  {"position",          "Position",         "Должность"},
  {"email",             "E-mail",           "Эл. почта",           kText,    Role::kField, true},
  {"phone",             "Phone",            "Телефон",             kText,    Role::kField, true},
  {"languages",         "Languages",        "Языки",               kList,    Role::kField, true},
  {"consent_date",      "Consent date",     "Дата согласия",       kDate,    Role::kField, true},
  {"consent_basis",     "Legal basis",      "Основание обработки", kText,    Role::kField, true},
  {"notes",             "Notes",            "Заметки",             kText,    Role::kField, true},
  {"updated_at",        "Updated",          "Изменено",            kText,    Role::kReadOnly},
};

// The lists that only export. Names of world regions are written in the file's language;
// statuses and roles as the codes the API uses.
constexpr auto kOut = Role::kReadOnly;
constexpr Column kCountryColumns[] = {
  {"iso2",            "ISO code",           "Код ISO",              kText,    kOut},
  {"iso3",            "ISO alpha-3",        "Код ISO (3 буквы)",    kText,    kOut},
  {"name_en",         "Name (English)",     "Название (англ.)",     kText,    kOut},
  {"name_ru",         "Name (Russian)",     "Название (рус.)",      kText,    kOut},
  {"continent",       "Continent",          "Часть света",          kText,    kOut},
  {"region",          "Region",             "Регион мира",          kText,    kOut},
  {"presence",        "Presence",           "Присутствие",          kText,    kOut},
  {"since",           "Since",              "С даты",               kDate,    kOut},
  {"note",            "Note",               "Примечание",           kText,    kOut},
  {"attache_count",   "Attachés",           "Атташе",               kInteger, kOut},
  {"updated_at",      "Updated",            "Изменено",             kText,    kOut},
};

constexpr Column kAttacheColumns[] = {
  {"id",              "ID",                 "ID",                   kInteger, kOut},
  {"country",         "Country",            "Страна",               kText,    kOut},
  {"name_en",         "Name (English)",     "Имя (англ.)",          kText,    kOut},
  {"name_ru",         "Name (Russian)",     "Имя (рус.)",           kText,    kOut},
  {"status",          "Status",             "Статус",               kText,    kOut},
  {"start_date",      "Start date",         "Дата начала",          kDate,    kOut},
  {"end_date",        "End date",           "Дата окончания",       kDate,    kOut},
  {"email",           "E-mail",             "Эл. почта",            kText,    kOut, true},
  {"updated_at",      "Updated",            "Изменено",             kText,    kOut},
};

constexpr Column kUserColumns[] = {
  {"id",              "ID",                 "ID",                   kInteger, kOut},
  {"email",           "E-mail",             "Эл. почта",            kText,    kOut},
  {"display_name",    "Name",               "Имя",                  kText,    kOut},
  {"role",            "Role",               "Роль",                 kText,    kOut},
  {"countries",       "Countries",          "Страны",               kList,    kOut},
  {"company_id",      "Company ID",         "Компания (ID)",        kInteger, kOut},
  {"region",          "Region",             "Регион",               kText,    kOut},
  {"lang",            "Language",           "Язык",                 kText,    kOut},
  {"active",          "Active",             "Активен",              kBoolean, kOut},
  {"last_login_at",   "Last sign-in",       "Последний вход",       kText,    kOut},
  {"created_at",      "Created",            "Создан",               kText,    kOut},
};

constexpr Column kTokenColumns[] = {
  {"id",              "ID",                 "ID",                   kInteger, kOut},
  {"user_email",      "User",               "Пользователь",         kText,    kOut},
  {"name",            "Name",               "Название",             kText,    kOut},
  {"prefix",          "Prefix",             "Префикс",              kText,    kOut},
  {"permissions",     "Permissions",        "Права",                kList,    kOut},
  {"status",          "Status",             "Статус",               kText,    kOut},
  {"created_at",      "Created",            "Создан",               kText,    kOut},
  {"expires_on",      "Valid until",        "Действует до",         kDate,    kOut},
  {"last_used_at",    "Last used",          "Последнее использование", kText, kOut},
  {"revoked_at",      "Revoked",            "Отозван",              kText,    kOut},
};

constexpr Column kTaxonomyColumns[] = {
  {"id",              "ID",                 "Код",                  kText,    kOut},
  {"group",           "Group",              "Группа",               kText,    kOut},
  {"label_en",        "Label (English)",    "Название (англ.)",     kText,    kOut},
  {"label_ru",        "Label (Russian)",    "Название (рус.)",      kText,    kOut},
  {"synonyms_en",     "Synonyms (English)", "Синонимы (англ.)",     kList,    kOut},
  {"synonyms_ru",     "Synonyms (Russian)", "Синонимы (рус.)",      kList,    kOut},
  {"origin",          "Origin",             "Источник",             kText,    kOut},
  {"used",            "Used by",            "Используется",         kInteger, kOut},
};

constexpr Column kAuditColumns[] = {
  {"id",              "ID",                 "ID",                   kInteger, kOut},
  {"at",              "Time",               "Время",                kText,    kOut},
  {"user_email",      "User",               "Пользователь",         kText,    kOut},
  {"action",          "Action",             "Действие",             kText,    kOut},
  {"entity",          "Record type",        "Тип записи",           kText,    kOut},
  {"entity_id",       "Record",             "Запись",               kText,    kOut},
  {"diff",            "Changes",            "Изменения",            kText,    kOut},
  {"request_id",      "Request ID",         "ID запроса",           kText,    kOut},
  {"client_address",  "Client address",     "Адрес клиента",        kText,    kOut},
};

constexpr Column kRequestColumns[] = {
  {"id",              "Number",             "Номер",                kInteger, kOut},
  {"subject",         "Subject",            "Тема",                 kText,    kOut},
  {"organisation_name", "Company",          "Компания",             kText,    kOut},
  {"country",         "Country",            "Страна",               kText,    kOut},
  {"type",            "Kind of support",    "Вид поддержки",        kText,    kOut},
  {"status",          "Status",             "Статус",               kText,    kOut},
  {"assignee",        "Assignee",           "Исполнитель",          kText,    kOut},
  {"created_at",      "Filed",              "Подан",                kText,    kOut},
  {"desired_date",    "Wanted by",          "Желаемый срок",        kDate,    kOut},
  {"due_at",          "Due",                "Срок",                 kText,    kOut},
  {"overdue",         "Overdue",            "Просрочен",            kBoolean, kOut},
  {"status_changed_at", "In status since",  "В статусе с",          kText,    kOut},
  {"closed_at",       "Closed",             "Закрыт",               kText,    kOut},
  {"reason",          "Reason or outcome",  "Причина или итог",     kText,    kOut},
  {"description",     "Description",        "Описание",             kText,    kOut},
};

// Deals and the reports: stage and category names in the file's language, amounts in roubles
// and dollars at the rates the report names (the original amount and currency are kept).
constexpr Column kDealColumns[] = {
  {"id",              "Number",             "Номер",                kInteger, kOut},
  {"title",           "Deal",               "Сделка",               kText,    kOut},
  {"organisation_name", "Company",          "Компания",             kText,    kOut},
  {"country",         "Country",            "Страна",               kText,    kOut},
  {"counterparty_name", "Buyer",            "Покупатель",           kText,    kOut},
  {"category",        "Category",           "Категория",            kText,    kOut},
  {"stage",           "Stage",              "Стадия",               kText,    kOut},
  {"probability",     "Probability (%)",     "Вероятность, %",       kInteger, kOut},
  {"value",           "Value",              "Сумма",                kNumber,  kOut},
  {"currency",        "Currency",           "Валюта",               kText,    kOut},
  {"expected_close_date", "Expected close", "Ожидаемое закрытие",   kDate,    kOut},
  {"owner",           "Owner",              "Ответственный",        kText,    kOut},
  {"contract_number", "Contract number",    "Номер контракта",      kText,    kOut},
  {"contract_date",   "Contract date",      "Дата контракта",       kDate,    kOut},
  {"win_confirmed",   "Win confirmed",      "Экспорт подтверждён",  kBoolean, kOut},
  {"win_value",       "Confirmed value",    "Подтверждённая сумма", kNumber,  kOut},
  {"win_helped",      "Service helped",     "Поддержка помогла",    kBoolean, kOut},
  {"stage_changed_at", "At stage since",    "На стадии с",          kText,    kOut},
  {"closed_at",       "Closed",             "Закрыта",              kText,    kOut},
  {"close_reason",    "Reason",             "Причина",              kText,    kOut},
  {"lost_to",         "Lost to",            "Кому проиграна",       kText,    kOut},
  {"created_at",      "Created",            "Создана",              kText,    kOut},
  {"updated_at",      "Updated",            "Изменена",             kText,    kOut},
};
constexpr Column kPipelineColumns[] = {
  {"stage",           "Stage",              "Стадия",               kText,    kOut},
  {"country",         "Country",            "Страна",               kText,    kOut},
  {"deals",           "Deals",              "Сделок",               kInteger, kOut},
  {"unvalued",        "Without a value",    "Без суммы",            kInteger, kOut},
  {"value_rub",       "Value (RUB)",         "Сумма, руб.",          kNumber,  kOut},
  {"value_usd",       "Value (USD)",         "Сумма, долл. США",     kNumber,  kOut},
  {"weighted_rub",    "Weighted (RUB)",      "Взвешенная, руб.",     kNumber,  kOut},
  {"weighted_usd",    "Weighted (USD)",      "Взвешенная, долл. США", kNumber, kOut},
  {"rates_on",        "Rates of",           "Курсы на",             kDate,    kOut},
};
constexpr Column kWinColumns[] = {
  {"year",            "Year",               "Год",                  kInteger, kOut},
  {"country",         "Country",            "Страна",               kText,    kOut},
  {"category",        "Category",           "Категория",            kText,    kOut},
  {"confirmed",       "Confirmed wins",     "Подтверждено",         kInteger, kOut},
  {"confirmed_rub",   "Confirmed (RUB)",     "Подтверждено, руб.",   kNumber,  kOut},
  {"confirmed_usd",   "Confirmed (USD)",     "Подтверждено, долл. США", kNumber, kOut},
  {"helped",          "Service helped",     "Поддержка помогла",    kInteger, kOut},
  {"unconfirmed",     "Unconfirmed wins",   "Не подтверждено",      kInteger, kOut},
  {"unconfirmed_rub", "Unconfirmed (RUB)",   "Не подтверждено, руб.", kNumber, kOut},
  {"unconfirmed_usd", "Unconfirmed (USD)",   "Не подтверждено, долл. США", kNumber, kOut},
};
constexpr Column kRequestReportColumns[] = {
  {"country",         "Country",            "Страна",               kText,    kOut},
  {"type",            "Kind of support",    "Вид поддержки",        kText,    kOut},
  {"assignee",        "Assignee",           "Исполнитель",          kText,    kOut},
  {"filed",           "Filed",              "Подано",               kInteger, kOut},
  {"open",            "Open",               "Открыто",              kInteger, kOut},
  {"overdue",         "Overdue",            "Просрочено",           kInteger, kOut},
  {"resolved",        "Resolved",           "Решено",               kInteger, kOut},
  {"declined",        "Declined",           "Отклонено",            kInteger, kOut},
  {"cancelled",       "Cancelled",          "Отозвано",             kInteger, kOut},
  {"resolved_on_time", "Resolved on time",  "Решено в срок",        kInteger, kOut},
  {"sla_compliance",  "On time (%)",         "В срок, %",            kNumber,  kOut},
  {"median_resolution_hours", "Median resolution (hours)", "Медиана решения, ч", kNumber, kOut},
};
// clang-format on

// Excel keeps dates as days since 1899-12-30 (its 1900 leap-year bug included); these bound
// 1900-01-01 and 9999-12-31.
constexpr int64_t kFirstExcelDay = 1;
constexpr int64_t kLastExcelDay = 2958465;

std::optional<int64_t> ParseInteger(std::string_view text) {
  int64_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

// Days from 1970-01-01 to a civil date and back (Howard Hinnant's algorithms).
std::string CivilFromDays(int64_t days) {
  days += 719468;
  const int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const int64_t doe = days - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int64_t day = doy - (153 * mp + 2) / 5 + 1;
  const int64_t month = mp < 10 ? mp + 3 : mp - 9;
  const int64_t year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return fmt::format("{:04}-{:02}-{:02}", year, month, day);
}

std::optional<std::string> ReadDate(std::string_view cell) {
  if (ParseDate(cell)) return std::string(cell);
  // 31.05.2024, as Russian users write dates.
  if (cell.size() == 10 && cell[2] == '.' && cell[5] == '.') {
    const std::string iso =
        fmt::format("{}-{}-{}", cell.substr(6, 4), cell.substr(3, 2), cell.substr(0, 2));
    if (ParseDate(iso)) return iso;
  }
  // An Excel date cell: the reader gives its number, sometimes with a time fraction.
  const std::string_view whole = cell.substr(0, cell.find('.'));
  const std::string_view fraction =
      whole.size() < cell.size() ? cell.substr(whole.size() + 1) : std::string_view();
  const bool digits =
      std::all_of(fraction.begin(), fraction.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (auto serial = ParseInteger(whole);
      serial && digits && *serial >= kFirstExcelDay && *serial <= kLastExcelDay) {
    constexpr int64_t kExcelEpochToUnix = 25569;  // 1899-12-30 .. 1970-01-01
    return CivilFromDays(*serial - kExcelEpochToUnix);
  }
  return std::nullopt;
}

std::optional<bool> ReadBoolean(std::string_view cell) {
  const std::string folded = text::Fold(cell);
  for (std::string_view yes : {"yes", "y", "true", "1", "да", "д", "+", "x", "✓"}) {
    if (folded == yes) return true;
  }
  for (std::string_view no : {"no", "n", "false", "0", "нет", "н", "-"}) {
    if (folded == no) return false;
  }
  return std::nullopt;
}

// Splits on any of `separators`, trimming items and dropping empty ones.
std::vector<std::string> Split(std::string_view cell, std::string_view separators) {
  std::vector<std::string> items;
  size_t start = 0;
  while (start <= cell.size()) {
    size_t end = cell.find_first_of(separators, start);
    if (end == std::string_view::npos) end = cell.size();
    const std::string_view item = Trim(cell.substr(start, end - start));
    if (!item.empty()) items.emplace_back(item);
    start = end + 1;
  }
  return items;
}

CellValue ReadMarkets(std::string_view cell) {
  nlohmann::json markets = nlohmann::json::array();
  for (const std::string& entry : Split(cell, ";\n")) {
    const std::vector<std::string> parts = Split(entry, ":");
    if (parts.empty() || parts.size() > 3) {
      return {nullptr,
              Text{fmt::format("\"{}\" is not a market: write COUNTRY:status[:since], such as "
                               "VN:exporting:2021-03-01.",
                               entry),
                   fmt::format("«{}» — не рынок: пишите СТРАНА:статус[:с какой даты], например "
                               "VN:exporting:2021-03-01.",
                               entry)}};
    }
    nlohmann::json market = {{"country", parts[0]},
                             {"status", parts.size() > 1 ? parts[1] : "interested"}};
    if (parts.size() > 2) {
      auto since = ReadDate(parts[2]);
      if (!since) {
        return {nullptr, Text{fmt::format("\"{}\" is not a date.", parts[2]),
                              fmt::format("«{}» — не дата.", parts[2])}};
      }
      market["since"] = *since;
    }
    markets.push_back(std::move(market));
  }
  return {std::move(markets), std::nullopt};
}

CellValue ReadReferences(std::string_view cell) {
  nlohmann::json references = nlohmann::json::array();
  for (const std::string& line : Split(cell, "\n")) {
    std::vector<std::string> parts;
    size_t start = 0;
    while (true) {
      const size_t bar = line.find('|', start);
      parts.emplace_back(Trim(std::string_view(line).substr(start, bar - start)));
      if (bar == std::string::npos) break;
      start = bar + 1;
    }
    if (parts.size() > 4) {
      return {nullptr,
              Text{fmt::format("\"{}\" is not a deployment: write COUNTRY | customer | year | "
                               "scale, one per line.",
                               line),
                   fmt::format("«{}» — не внедрение: пишите СТРАНА | заказчик | год | масштаб, "
                               "по одному в строке.",
                               line)}};
    }
    parts.resize(4);
    nlohmann::json reference = {
        {"country", parts[0]}, {"customer", parts[1]}, {"year", nullptr}, {"scale", parts[3]}};
    if (!parts[2].empty()) {
      auto year = ParseInteger(parts[2]);
      if (!year) {
        return {nullptr, Text{fmt::format("\"{}\" is not a year.", parts[2]),
                              fmt::format("«{}» — не год.", parts[2])}};
      }
      reference["year"] = *year;
    }
    references.push_back(std::move(reference));
  }
  return {std::move(references), std::nullopt};
}

std::string JoinStrings(const nlohmann::json& list, std::string_view separator) {
  std::string joined;
  for (const auto& item : list) {
    if (!joined.empty()) joined += separator;
    joined += item.is_string() ? item.get<std::string>() : item.dump();
  }
  return joined;
}

std::string Plain(const nlohmann::json& value) {
  if (value.is_null()) return "";
  if (value.is_string()) return value.get<std::string>();
  return value.dump();
}

}  // namespace

std::string_view ToString(Kind kind) { return EnumName(kKindNames, kind); }

std::span<const Column> ColumnsOf(Kind kind) {
  switch (kind) {
    case Kind::kOrganisations:
      return kOrganisationColumns;
    case Kind::kSolutions:
      return kSolutionColumns;
    case Kind::kContacts:
      return kContactColumns;
    case Kind::kCountries:
      return kCountryColumns;
    case Kind::kAttaches:
      return kAttacheColumns;
    case Kind::kUsers:
      return kUserColumns;
    case Kind::kTokens:
      return kTokenColumns;
    case Kind::kTaxonomy:
      return kTaxonomyColumns;
    case Kind::kAudit:
      return kAuditColumns;
    case Kind::kRequests:
      return kRequestColumns;
    case Kind::kDeals:
      return kDealColumns;
    case Kind::kPipeline:
      return kPipelineColumns;
    case Kind::kWins:
      return kWinColumns;
    case Kind::kRequestsReport:
      return kRequestReportColumns;
  }
  return {};
}

const Column* FindColumn(Kind kind, std::string_view header) {
  std::string_view name = Trim(header);
  if (name.ends_with('*')) name = Trim(name.substr(0, name.size() - 1));
  const std::string folded = text::Fold(name);
  for (const Column& column : ColumnsOf(kind)) {
    if (folded == column.key || folded == text::Fold(column.en) ||
        folded == text::Fold(column.ru)) {
      return &column;
    }
  }
  return nullptr;
}

CellValue ReadCell(const Column& column, std::string_view raw) {
  std::string_view cell = Trim(raw);
  // The apostrophe our CSV exports put before = + - @ so that Excel shows them as text.
  if (cell.size() > 1 && cell[0] == '\'' &&
      std::string_view("=+-@\t\r").find(cell[1]) != std::string_view::npos) {
    cell.remove_prefix(1);
  }
  switch (column.type) {
    case kText:
    case kNumber:  // exports only: read as written
      return {cell.empty() ? nlohmann::json() : nlohmann::json(std::string(cell)), std::nullopt};
    case kInteger: {
      if (cell.empty()) return {nullptr, std::nullopt};
      // Excel may hand a whole number over as 12.0.
      std::string_view digits = cell;
      if (digits.ends_with(".0")) digits.remove_suffix(2);
      if (auto value = ParseInteger(digits)) return {*value, std::nullopt};
      return {nullptr, Text{"Must be a whole number.", "Должно быть целым числом."}};
    }
    case kBoolean: {
      if (cell.empty()) return {false, std::nullopt};
      if (auto value = ReadBoolean(cell)) return {*value, std::nullopt};
      return {nullptr, Text{"Must be yes or no.", "Должно быть «да» или «нет»."}};
    }
    case kDate: {
      if (cell.empty()) return {nullptr, std::nullopt};
      if (auto date = ReadDate(cell)) return {*date, std::nullopt};
      return {nullptr, Text{"Must be a date such as 2024-05-31 or 31.05.2024.",
                            "Должно быть датой, например 31.05.2024 или 2024-05-31."}};
    }
    case kList:
      return {Split(cell, ",;\n"), std::nullopt};
    case kLines:
      return {Split(cell, "\n"), std::nullopt};
    case kMarkets:
      return ReadMarkets(cell);
    case kReferences:
      return ReadReferences(cell);
  }
  return {nullptr, std::nullopt};
}

std::string WriteCell(const Column& column, const nlohmann::json& value) {
  if (value.is_null()) return "";
  switch (column.type) {
    case kBoolean:
      return value.is_boolean() && value.get<bool>() ? "yes" : "no";
    case kList:
      return JoinStrings(value, ", ");
    case kLines:
      return JoinStrings(value, "\n");
    case kMarkets: {
      std::string cell;
      for (const auto& market : value) {
        if (!cell.empty()) cell += "; ";
        cell += Plain(market.value("country", nlohmann::json())) + ":" +
                Plain(market.value("status", nlohmann::json()));
        if (auto since = Plain(market.value("since", nlohmann::json())); !since.empty()) {
          cell += ":" + since;
        }
      }
      return cell;
    }
    case kReferences: {
      std::string cell;
      for (const auto& reference : value) {
        if (!cell.empty()) cell += "\n";
        cell +=
            fmt::format("{} | {} | {} | {}", Plain(reference.value("country", nlohmann::json())),
                        Plain(reference.value("customer", nlohmann::json())),
                        Plain(reference.value("year", nlohmann::json())),
                        Plain(reference.value("scale", nlohmann::json())));
      }
      return cell;
    }
    case kText:
    case kInteger:
    case kNumber:
    case kDate:
      return Plain(value);
  }
  return Plain(value);
}

}  // namespace attache::transfer
