#include "domains/organisations/model.hpp"

#include "core/enum_names.hpp"

namespace attache::organisations {

std::string_view ToString(Kind kind) { return EnumName(kKindNames, kind); }
std::string_view ToString(SizeBand band) { return EnumName(kSizeBandNames, band); }
std::string_view ToString(MarketStatus status) { return EnumName(kMarketStatusNames, status); }
std::string_view ToString(HubService service) { return EnumName(kHubServiceNames, service); }

}  // namespace attache::organisations
