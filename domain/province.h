// The provincial-level units since the 2025 merger (data/provinces.tsv, compiled in) and how a
// written province — a cell, a form field, the end of an address — is matched to one of them.
#pragma once

#include "text_rules.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace innodesk::domain {

enum class ProvinceKind { Province, City };  // tỉnh, thành phố

struct ProvinceUnit {
    std::string name;  // the one spelling stored
    ProvinceKind kind = ProvinceKind::Province;
    std::vector<std::string> spellings;  // other ways of writing it
    std::vector<std::string> former;     // the provinces merged into it in 2025
};

struct ProvinceMatch {
    const ProvinceUnit* unit = nullptr;
    std::string former;  // the former province the text named ("Ninh Thuận"), empty when it named `unit`
};

// The text of data/provinces.tsv as it was when InnoDesk was built. Compiled in rather than read
// at run time: what a stored province means must not change with a missing or edited file, and
// the domain (which matches provinces at every import and form) reads no files.
std::string_view ShippedProvinceTable();

class ProvinceDirectory {
public:
    // The shipped units. Folding every spelling takes a few microseconds, so services build one each.
    explicit ProvinceDirectory(const TextRules& text);
    // The units of a table in the format of data/provinces.tsv; throws FileFormat naming the line
    // when a line is malformed or two units share a spelling.
    ProvinceDirectory(const TextRules& text, std::string_view table);

    std::span<const ProvinceUnit> Units() const { return m_units; }

    // The unit `written` names, ignoring case, tone-mark placement, composed or decomposed letters,
    // punctuation and a leading "tỉnh", "thành phố" or "TP"; a former province gives its successor.
    std::optional<ProvinceMatch> Match(std::string_view written) const;
    // The unit an address ends with: its last comma-separated part, after dropping a trailing
    // "Việt Nam", when that part names one ("…, phường Nha Trang, tỉnh Khánh Hòa").
    std::optional<ProvinceMatch> MatchAddress(std::string_view address) const;
    // The address part MatchAddress looks at ("tỉnh Khánh Hòa"), trimmed; empty when there is none.
    static std::string AddressTail(std::string_view address, const TextRules& text);
    // Match, or a DomainError(InvalidValue) naming `field` that says what is accepted.
    ProvinceMatch Require(std::string_view written, const std::string& field) const;

private:
    std::string Key(std::string_view written) const;
    void Add(const std::string& spelling, std::size_t unit, bool former, std::size_t line);

    const TextRules& m_text;
    std::vector<ProvinceUnit> m_units;
    struct Entry {
        std::size_t unit;
        std::string former;  // the former province's name when the key is one
    };
    std::unordered_map<std::string, Entry> m_keys;
};

// The key written names are compared by: folded (TextRules::SearchFold), punctuation as spaces,
// a leading "tinh", "thanh pho" or "tp" dropped: "TP. Hồ Chí Minh" → "ho chi minh".
std::string ProvinceKey(const TextRules& text, std::string_view written);

}  // namespace innodesk::domain
