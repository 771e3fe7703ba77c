#include "domains/solutions/model.hpp"

#include "core/enum_names.hpp"

namespace attache::solutions {

std::string_view ToString(Kind kind) { return EnumName(kKindNames, kind); }
std::string_view ToString(Maturity maturity) { return EnumName(kMaturityNames, maturity); }
std::string_view ToString(Licence licence) { return EnumName(kLicenceNames, licence); }

}  // namespace attache::solutions
