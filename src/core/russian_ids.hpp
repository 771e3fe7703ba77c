// Russian registration numbers of organisations and entrepreneurs, checked by their control
// digits as the Federal Tax Service (FNS) computes them. A valid number may still be unassigned;
// an invalid one is certainly a typo.
#pragma once

#include <string_view>

namespace attache {

// ИНН: 10 digits for an organisation, 12 for a person or an entrepreneur. Digits only: callers
// trim blanks first.
bool ValidInn(std::string_view inn);

// ОГРН: 13 digits for an organisation; ОГРНИП: 15 digits for an entrepreneur. Digits only.
bool ValidOgrn(std::string_view ogrn);

}  // namespace attache
