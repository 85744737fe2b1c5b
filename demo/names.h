// The demo's names and codes: people, brands, tax codes and personal IDs never used twice, and
// the small text rules (patterns filled with a brand, communes inside addresses) the planners share.
#pragma once

#include "demo/demo_vocabulary.h"
#include "demo/random.h"

#include "domain/calendar_date.h"
#include "domain/text_rules.h"

#include <cstdint>
#include <set>
#include <string>
#include <string_view>

namespace innodesk::demo {

// "Nguyễn Thị Lan": family name by its frequency, then a middle and a given name.
std::string PersonName(bool female, Random& random);
// A trading name: two syllables, or a place's name now and then.
std::string Brand(Random& random);
// A 10-digit code of the tax office `prefix`, with its check digit, not in `used` (added to it).
std::string NewEnterpriseCode(std::string_view prefix, Random& random, std::set<std::string>& used);
// A 12-digit personal ID: province of birth registration, gender and century, birth year, then
// six digits; not in `used` (added to it).
std::string NewPersonalId(std::string_view province_code, bool female, Random& random,
                          std::set<std::string>& used);
// Lower-case ASCII letters and digits of `text`, for user names and e-mail addresses.
std::string Slug(const domain::TextRules& text, std::string_view source);

std::string Padded(std::int64_t number, std::size_t width);
// "15/5/2025", as dates are written inside Vietnamese legal references.
std::string LegalDate(const domain::CalendarDate& date);
// The pattern with {B} replaced by the brand and {P} by the product.
std::string Fill(std::string_view pattern, std::string_view brand, std::string_view product);
// "Phường Nha Trang" → "phường Nha Trang", as a commune is written inside an address.
std::string LowerFirstLetter(std::string_view text);
// "Phường Nha Trang" → "Nha Trang", for branch names ("Chi nhánh … tại Nha Trang").
std::string_view PlaceName(std::string_view commune);
// The legal-form cell as officers write it, read from the start of the registered name.
std::string_view LegalFormLabel(std::string_view name);
const SectorProfile& ProfileOf(Sector sector);

}  // namespace innodesk::demo
