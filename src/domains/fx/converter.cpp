#include "domains/fx/converter.hpp"

#include <algorithm>

#include "domains/fx/queries.hpp"
#include "domains/fx/rules.hpp"
#include "text/currency.hpp"

namespace attache::fx {

Rate ReadRate(const db::Row& row) {
  return Rate{row.String(0), ParseDate(row.Text(1)).value_or(Date{}), row.Int(2), row.Int(3),
              row.String(4)};
}

Result<const std::vector<Rate>*> Converter::RatesOf(std::string_view currency) {
  if (auto known = rates_.find(currency); known != rates_.end()) return &known->second;
  std::vector<Rate> rates;
  auto status = conn_.Query(kHistory, {currency},
                            [&](const db::Row& row) { rates.push_back(ReadRate(row)); });
  if (!status) return tl::unexpected(status.error());
  return &rates_.emplace(std::string(currency), std::move(rates)).first->second;
}

Result<Rate> Converter::RateFor(std::string_view currency, Date date) {
  auto rates = RatesOf(currency);
  if (!rates) return tl::unexpected(rates.error());
  // The last rate on or before `date`.
  const auto after = std::upper_bound((*rates)->begin(), (*rates)->end(), date,
                                      [](Date day, const Rate& rate) { return day < rate.date; });
  if (after == (*rates)->begin() || !Covers(*std::prev(after), date)) {
    return tl::unexpected(NoRate(currency, date));
  }
  return *std::prev(after);
}

Result<Conversion> Converter::Convert(const Money& amount, Date date) {
  const auto digits = text::CurrencyDigits(amount.currency);
  if (!digits) {
    return FailValidation({{"/currency",
                            {},
                            {"Must be a current ISO 4217 currency, such as USD.",
                             "Должна быть действующей валютой ISO 4217, например USD."}}});
  }
  Conversion conversion{amount, date, {0, "RUB"}, {0, "USD"}, std::nullopt, std::nullopt};
  auto usd = RateFor("USD", date);
  if (!usd) return tl::unexpected(usd.error());
  conversion.usd_rate = *usd;
  if (amount.currency == "RUB") {
    conversion.rub.minor = amount.minor;
  } else {
    auto rate = amount.currency == "USD" ? usd : RateFor(amount.currency, date);
    if (!rate) return tl::unexpected(rate.error());
    conversion.rate = *rate;
    conversion.rub.minor = ToRubMinor(amount.minor, *digits, *rate);
  }
  conversion.usd.minor =
      amount.currency == "USD" ? amount.minor : FromRubMinor(conversion.rub.minor, 2, *usd);
  return conversion;
}

}  // namespace attache::fx
