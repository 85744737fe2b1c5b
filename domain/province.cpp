// Province matching: every spelling of data/provinces.tsv folded to a key once, the written text
// folded the same way and looked up.
#include "province.h"

#include "errors.h"

#include <array>

namespace innodesk::domain {
namespace {

std::vector<std::string> SplitOn(std::string_view text, char separator) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto end = std::min(text.find(separator, start), text.size());
        parts.emplace_back(text.substr(start, end - start));
        start = end + 1;
    }
    return parts;
}

std::string Trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return std::string(text.substr(first, last - first + 1));
}

[[noreturn]] void RefuseTable(std::size_t line, const std::string& vi, const std::string& en) {
    throw DomainError(ErrorCode::FileFormat, {"Danh sách tỉnh, dòng " + std::to_string(line) + ": " + vi,
                                              "Province list, line " + std::to_string(line) + ": " + en});
}

// A trailing address part that names the country, not a province.
bool IsCountry(const std::string& key) {
    return key == "viet nam" || key == "vietnam" || key == "vn";
}

}  // namespace

std::string ProvinceKey(const TextRules& text, std::string_view written) {
    // Folding leaves every Vietnamese letter ASCII; anything else left is punctuation or a mark.
    const std::string folded = text.SearchFold(written);
    std::vector<std::string> words(1);
    for (const char c : folded) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            words.back() += c;
        else if (!words.back().empty())
            words.emplace_back();
    }
    if (words.back().empty()) words.pop_back();
    std::size_t skip = 0;
    if (words.size() > 1 && (words[0] == "tinh" || words[0] == "tp")) skip = 1;
    if (words.size() > 2 && words[0] == "thanh" && words[1] == "pho") skip = 2;
    if (words.size() > 2 && words[0] == "t" && words[1] == "p") skip = 2;  // "T.P."
    std::string key;
    for (std::size_t i = skip; i < words.size(); ++i) key += (key.empty() ? "" : " ") + words[i];
    return key;
}

ProvinceDirectory::ProvinceDirectory(const TextRules& text)
    : ProvinceDirectory(text, ShippedProvinceTable()) {}

ProvinceDirectory::ProvinceDirectory(const TextRules& text, std::string_view table) : m_text(text) {
    std::size_t line_number = 0;
    std::vector<std::size_t> unit_lines;
    for (const auto& line : SplitOn(table, '\n')) {
        ++line_number;
        const std::string trimmed = Trimmed(line);
        if (trimmed.empty() || trimmed[0] == '#') continue;
        const auto columns =
            SplitOn(line.back() == '\r' ? std::string_view(line).substr(0, line.size() - 1) : line, '\t');
        if (columns.size() != 4)
            RefuseTable(
                line_number, "cần 4 cột cách nhau bằng tab, có " + std::to_string(columns.size()) + ".",
                "4 tab-separated columns are needed, there are " + std::to_string(columns.size()) + ".");
        ProvinceUnit unit;
        unit.name = Trimmed(columns[0]);
        const std::string kind = Trimmed(columns[1]);
        if (kind == "tỉnh")
            unit.kind = ProvinceKind::Province;
        else if (kind == "thành phố")
            unit.kind = ProvinceKind::City;
        else
            RefuseTable(line_number, "loại '" + kind + "' phải là 'tỉnh' hoặc 'thành phố'.",
                        "kind '" + kind + "' must be 'tỉnh' or 'thành phố'.");
        for (const auto& spelling : SplitOn(columns[2], '|'))
            if (!Trimmed(spelling).empty()) unit.spellings.push_back(Trimmed(spelling));
        for (const auto& former : SplitOn(columns[3], '|'))
            if (!Trimmed(former).empty()) unit.former.push_back(Trimmed(former));
        if (unit.name.empty()) RefuseTable(line_number, "thiếu tên.", "the name is missing.");
        m_units.push_back(std::move(unit));
        unit_lines.push_back(line_number);
    }
    for (std::size_t i = 0; i < m_units.size(); ++i) {
        const ProvinceUnit& unit = m_units[i];
        Add(unit.name, i, false, unit_lines[i]);
        for (const auto& spelling : unit.spellings) Add(spelling, i, false, unit_lines[i]);
        for (const auto& former : unit.former) Add(former, i, true, unit_lines[i]);
    }
}

void ProvinceDirectory::Add(const std::string& spelling, std::size_t unit, bool former, std::size_t line) {
    const std::string key = Key(spelling);
    if (key.empty())
        RefuseTable(line, "'" + spelling + "' không có chữ nào.", "'" + spelling + "' has no letters.");
    const auto [found, inserted] = m_keys.emplace(key, Entry{unit, former ? spelling : std::string()});
    if (!inserted && found->second.unit != unit)
        RefuseTable(
            line, "'" + spelling + "' trùng với một cách viết của " + m_units[found->second.unit].name + ".",
            "'" + spelling + "' is also a spelling of " + m_units[found->second.unit].name + ".");
}

std::string ProvinceDirectory::Key(std::string_view written) const {
    return ProvinceKey(m_text, written);
}

std::optional<ProvinceMatch> ProvinceDirectory::Match(std::string_view written) const {
    const auto found = m_keys.find(Key(written));
    if (found == m_keys.end()) return std::nullopt;
    return ProvinceMatch{&m_units[found->second.unit], found->second.former};
}

std::string ProvinceDirectory::AddressTail(std::string_view address, const TextRules& text) {
    auto parts = SplitOn(address, ',');
    while (!parts.empty()) {
        const std::string part = Trimmed(parts.back());
        if (!part.empty() && !IsCountry(ProvinceKey(text, part))) return part;
        parts.pop_back();
    }
    return {};
}

std::optional<ProvinceMatch> ProvinceDirectory::MatchAddress(std::string_view address) const {
    const std::string tail = AddressTail(address, m_text);
    if (tail.empty()) return std::nullopt;
    return Match(tail);
}

ProvinceMatch ProvinceDirectory::Require(std::string_view written, const std::string& field) const {
    if (auto match = Match(written)) return *match;
    throw DomainError(
        ErrorCode::InvalidValue,
        {"'" + std::string(written) +
             "' không phải tên một tỉnh, thành phố: dùng một trong 34 tỉnh, thành phố từ 01/07/2025 "
             "(ví dụ Khánh Hòa, Thành phố Hồ Chí Minh) hoặc tên một tỉnh trước khi hợp nhất.",
         "'" + std::string(written) +
             "' is not the name of a province: use one of the 34 provinces and cities since "
             "1 July 2025 (e.g. Khánh Hòa, Thành phố Hồ Chí Minh) or the name of a province before "
             "the merger."},
        field);
}

}  // namespace innodesk::domain
