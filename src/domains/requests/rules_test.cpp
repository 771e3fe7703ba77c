#include "domains/requests/rules.hpp"

#include <gtest/gtest.h>

namespace attache::requests {
namespace {

using S = RequestStatus;

// Every (from, to) pair the lifecycle allows to staff; every other pair must be refused.
struct Move {
  S from;
  S to;
};
constexpr Move kStaffMoves[] = {
    {S::kNew, S::kTriaged},
    {S::kNew, S::kDeclined},
    {S::kNew, S::kCancelled},
    {S::kTriaged, S::kInProgress},
    {S::kTriaged, S::kDeclined},
    {S::kTriaged, S::kCancelled},
    {S::kInProgress, S::kWaitingOnCompany},
    {S::kInProgress, S::kResolved},
    {S::kInProgress, S::kDeclined},
    {S::kInProgress, S::kCancelled},
    {S::kWaitingOnCompany, S::kInProgress},
    {S::kWaitingOnCompany, S::kResolved},
    {S::kWaitingOnCompany, S::kDeclined},
    {S::kWaitingOnCompany, S::kCancelled},
};

bool Listed(S from, S to) {
  for (const Move& move : kStaffMoves) {
    if (move.from == from && move.to == to) return true;
  }
  return false;
}

TEST(RequestLifecycle, StaffMayMakeExactlyTheListedMoves) {
  for (const auto& [from_name, from] : kStatusNames) {
    for (const auto& [to_name, to] : kStatusNames) {
      const auto errors = CheckMove(from, to, "a reason", Mover::kStaff);
      EXPECT_EQ(errors.empty(), Listed(from, to)) << from_name << " -> " << to_name;
    }
  }
}

TEST(RequestLifecycle, CompanyMayOnlyCancelAnOpenRequest) {
  for (const auto& [from_name, from] : kStatusNames) {
    for (const auto& [to_name, to] : kStatusNames) {
      const bool allowed = !IsFinal(from) && to == S::kCancelled;
      EXPECT_EQ(CheckMove(from, to, "changed our plans", Mover::kCompany).empty(), allowed)
          << from_name << " -> " << to_name;
    }
  }
  EXPECT_TRUE(AllowedMoves(S::kResolved, Mover::kCompany).empty());
}

TEST(RequestLifecycle, RefusalNamesTheAllowedMoves) {
  const auto errors = CheckMove(S::kNew, S::kResolved, "", Mover::kStaff);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].pointer, "/to");
  EXPECT_EQ(errors[0].message.en, "A new request may move to: triaged, declined, cancelled.");
  EXPECT_NE(errors[0].message.ru.find("triaged, declined, cancelled"), std::string::npos);
}

TEST(RequestLifecycle, FinalStatusesAreClosed) {
  for (const S final_status : {S::kResolved, S::kDeclined, S::kCancelled}) {
    EXPECT_TRUE(IsFinal(final_status));
    EXPECT_TRUE(NextStatuses(final_status).empty());
    const auto errors = CheckMove(final_status, S::kInProgress, "", Mover::kStaff);
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_NE(errors[0].message.en.find("closed"), std::string::npos);
  }
}

struct ReasonCase {
  S to;
  std::string_view reason;
  bool needs_reason_error;
};

TEST(RequestLifecycle, DecliningAndCancellingNeedAReason) {
  constexpr ReasonCase kCases[] = {
      {S::kDeclined, "", true},  {S::kDeclined, "   ", true},
      {S::kCancelled, "", true}, {S::kDeclined, "out of scope", false},
      {S::kResolved, "", false}, {S::kWaitingOnCompany, "", false},
  };
  for (const ReasonCase& c : kCases) {
    const auto errors = CheckMove(S::kInProgress, c.to, c.reason, Mover::kStaff);
    const bool has = std::any_of(errors.begin(), errors.end(),
                                 [](const FieldError& e) { return e.pointer == "/reason"; });
    EXPECT_EQ(has, c.needs_reason_error) << ToString(c.to) << " '" << c.reason << "'";
  }
}

TEST(RequestLifecycle, ReasonHasALimit) {
  const std::string long_reason(kMaxReason + 1, 'x');
  const auto errors = CheckMove(S::kNew, S::kDeclined, long_reason, Mover::kStaff);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].pointer, "/reason");
}

TEST(RequestSla, DueAfterWholeDaysAndOverdueOnlyWhileOpen) {
  const TimePoint filed = *ParseTimestamp("2026-01-30T10:00:00.000Z");
  EXPECT_EQ(FormatTimestamp(DueAt(filed, 10)), "2026-02-09T10:00:00.000Z");
  SupportRequest request;
  request.due_at = "2026-02-09T10:00:00.000Z";
  request.status = S::kInProgress;
  EXPECT_FALSE(IsOverdue(request, "2026-02-09T09:59:59.999Z"));
  EXPECT_TRUE(IsOverdue(request, "2026-02-09T10:00:00.001Z"));
  request.status = S::kResolved;
  EXPECT_FALSE(IsOverdue(request, "2027-01-01T00:00:00.000Z"));
}

TEST(RequestFields, CanonicalAndChecked) {
  Fields fields;
  fields.country = " vn ";
  fields.type = " consulting ";
  fields.subject = "  Partner search in Hanoi ";
  Canonicalise(fields);
  EXPECT_EQ(fields.country, "VN");
  EXPECT_EQ(fields.subject, "Partner search in Hanoi");
  EXPECT_TRUE(CheckFields(fields, Date{2026, 11, 21}).empty());

  fields.subject.clear();
  fields.country = "V1";
  fields.type.clear();
  fields.desired_date = Date{2040, 1, 1};
  const auto errors = CheckFields(fields, Date{2026, 11, 21});
  std::vector<std::string> pointers;
  for (const FieldError& error : errors) pointers.push_back(error.pointer);
  EXPECT_EQ(pointers, (std::vector<std::string>{"/subject", "/country", "/type", "/desired_date"}));
}

TEST(RequestTypes, SubtypeFieldsChecked) {
  TypeFields fields{"tender_support_2", "consulting", "Тендеры", "Tenders", 7, false};
  EXPECT_TRUE(CheckTypeFields(fields, true).empty());
  fields.code = "Bad-Code";
  fields.parent = "sales";
  fields.name_ru.clear();
  fields.name_en.clear();
  fields.sla_days = 0;
  std::vector<std::string> pointers;
  for (const FieldError& error : CheckTypeFields(fields, true)) pointers.push_back(error.pointer);
  EXPECT_EQ(pointers, (std::vector<std::string>{"/code", "/parent", "/name_en", "/sla_days"}));
  // Code and parent are fixed once created.
  EXPECT_EQ(CheckTypeFields(fields, false).size(), 2u);
}

}  // namespace
}  // namespace attache::requests

namespace attache::requests {
namespace {

TEST(RequestAttachments, FileNamesAreCleanedAndTheExtensionChecked) {
  const MediaType pdf{"application/pdf", "pdf"};
  const MediaType text{"text/plain", "txt"};
  const MediaType jpeg{"image/jpeg", "jpg"};
  EXPECT_EQ(CleanFileName("C:\\Users\\a\\Offer 2026.pdf", pdf), "Offer 2026.pdf");
  EXPECT_EQ(CleanFileName("../../etc/passwd", text), "passwd.txt");
  EXPECT_EQ(CleanFileName("  \r\n ", pdf), "attachment.pdf");
  EXPECT_EQ(CleanFileName(".hidden.pdf", pdf), "hidden.pdf");
  EXPECT_EQ(CleanFileName("Письмо", pdf), "Письмо.pdf");
  std::string long_name;
  for (int i = 0; i < 300; ++i) long_name += "ж";
  EXPECT_EQ(CleanFileName(long_name, pdf).size(), kMaxFileName * 2 + 4);  // 200 letters + .pdf

  EXPECT_TRUE(ExtensionMatches("offer.PDF", pdf));
  EXPECT_FALSE(ExtensionMatches("photo.pdf", jpeg));
  EXPECT_TRUE(ExtensionMatches("photo.jpeg", jpeg));
  EXPECT_TRUE(ExtensionMatches("list.csv", text));
  EXPECT_FALSE(ExtensionMatches("run.exe", text));
  EXPECT_TRUE(ExtensionMatches("no extension", pdf));
}

}  // namespace
}  // namespace attache::requests
