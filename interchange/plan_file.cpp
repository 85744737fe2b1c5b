// Reading plan files with yaml-cpp, which keeps the line of every node, so that the schema's and
// the domain's refusals can both say where in the file the problem is.
#include "interchange/plan_file.h"

#include "domain/errors.h"
#include "domain/metric_catalogue.h"
#include "domain/period.h"
#include "domain/province.h"
#include "domain/utf8_path.h"
#include "interchange/file_errors.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fstream>
#include <set>
#include <sstream>

namespace innodesk::interchange {
namespace {

using domain::DomainError;
using domain::ErrorCode;
using domain::LocalisedText;

constexpr std::string_view kFormat = "innodesk-plan/1";
constexpr int kMaxNesting = 32;
constexpr std::size_t kMaxTargets = 1000;
constexpr std::size_t kMaxWorkItems = 1000;

[[noreturn]] void FailAt(int line, const std::string& vi, const std::string& en) {
    ThrowFileFormat("Tệp kế hoạch, dòng " + std::to_string(line) + ": " + vi,
                    "Plan file, line " + std::to_string(line) + ": " + en);
}

int LineOf(const YAML::Node& node, int fallback) {
    const int line = node.Mark().line;
    return line >= 0 ? line + 1 : fallback;
}

// UTF-8 as RFC 3629 has it: no overlong forms, no surrogates, nothing above U+10FFFF; and no NUL.
void RequireUtf8(std::string_view bytes) {
    int line = 1;
    for (std::size_t i = 0; i < bytes.size();) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c == '\n') ++line;
        if (c == 0)
            FailAt(line, "tệp chứa ký tự NUL; đây không phải tệp văn bản.",
                   "the file contains a NUL byte; it is not a text file.");
        std::size_t length = c < 0x80           ? 1
                             : (c >> 5) == 0x6  ? 2
                             : (c >> 4) == 0xE  ? 3
                             : (c >> 3) == 0x1E ? 4
                                                : 0;
        bool valid = length != 0 && i + length <= bytes.size();
        for (std::size_t k = 1; valid && k < length; ++k)
            valid = (static_cast<unsigned char>(bytes[i + k]) & 0xC0) == 0x80;
        if (valid && length > 1) {
            std::uint32_t code = c & (0xFF >> (length + 1));
            for (std::size_t k = 1; k < length; ++k)
                code = (code << 6) | (static_cast<unsigned char>(bytes[i + k]) & 0x3F);
            static constexpr std::uint32_t kMinimum[] = {0, 0, 0x80, 0x800, 0x10000};
            valid = code >= kMinimum[length] && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF);
        }
        if (!valid)
            FailAt(line,
                   "tệp không phải văn bản UTF-8 hợp lệ (byte thứ " + std::to_string(i + 1) +
                       "). Lưu lại tệp với mã hóa UTF-8.",
                   "the file is not valid UTF-8 text (byte " + std::to_string(i + 1) +
                       "). Save it again as UTF-8.");
        i += length;
    }
}

// yaml-cpp parses nested collections recursively: refuse nesting deeper than any plan needs
// before it can exhaust the stack. Counts flow brackets outside quotes and comments, and block
// nesting by indentation and "- " runs.
void RequireShallow(std::string_view text) {
    int line = 1, depth = 0;
    char quote = 0;
    bool comment = false, line_start = true;
    int indent = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n') {
            ++line;
            comment = false;
            line_start = true;
            indent = 0;
            if (quote == '\'') continue;  // single-quoted scalars may span lines
            continue;
        }
        if (line_start) {
            if (c == ' ' || c == '-' || c == '?' || c == ':') {
                if (++indent > 2 * kMaxNesting)
                    FailAt(line, "thụt lề hoặc lồng nhau quá sâu.",
                           "the indentation or nesting is too deep.");
                continue;
            }
            line_start = false;
        }
        if (comment) continue;
        if (quote) {
            if (c == quote)
                quote = 0;
            else if (c == '\\' && quote == '"')
                ++i;
            continue;
        }
        if (c == '#')
            comment = true;
        else if (c == '"' || c == '\'')
            quote = c;
        else if (c == '[' || c == '{') {
            if (++depth > kMaxNesting)
                FailAt(line, "ngoặc lồng nhau quá sâu.", "brackets are nested too deeply.");
        } else if ((c == ']' || c == '}') && depth > 0)
            --depth;
    }
}

// yaml-cpp shares an aliased node instead of copying it, but reading the plan copies what each
// alias names: a 1 MiB file of "*u" aliases to one long unit would become gigabytes of labels.
// This pass over the parser's events weighs the document as the reader would see it expanded
// (a scalar weighs its bytes, every node kPlanNodeWeight more) and refuses it past
// kMaxPlanExpandedBytes, at the alias that went over.
constexpr std::uint64_t kPlanNodeWeight = 16;

class ExpansionLimit final : public YAML::EventHandler {
public:
    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        Leaf(mark, anchor, kPlanNodeWeight);
    }
    void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        // An alias of a collection still open (a loop) weighs one node; the reader refuses its shape.
        const std::uint64_t weight =
            anchor < m_weights.size() && m_weights[anchor] != 0 ? m_weights[anchor] : kPlanNodeWeight;
        Add(mark, weight);
    }
    void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  const std::string& value) override {
        Leaf(mark, anchor, kPlanNodeWeight + value.size());
    }
    void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override {
        Open(mark, anchor);
    }
    void OnSequenceEnd() override { Close(); }
    void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override {
        Open(mark, anchor);
    }
    void OnMapEnd() override { Close(); }

private:
    struct OpenCollection {
        YAML::anchor_t anchor;
        YAML::Mark mark;
        std::uint64_t weight;
    };

    void Leaf(const YAML::Mark& mark, YAML::anchor_t anchor, std::uint64_t weight) {
        Remember(anchor, weight);
        Add(mark, weight);
    }
    void Open(const YAML::Mark& mark, YAML::anchor_t anchor) {
        m_open.push_back({anchor, mark, kPlanNodeWeight});
    }
    void Close() {
        if (m_open.empty()) return;
        const OpenCollection done = m_open.back();
        m_open.pop_back();
        Remember(done.anchor, done.weight);
        if (!m_open.empty()) m_open.back().weight += done.weight;
    }
    void Remember(YAML::anchor_t anchor, std::uint64_t weight) {
        if (anchor == YAML::NullAnchor) return;
        if (anchor >= m_weights.size()) m_weights.resize(anchor + 1, 0);
        m_weights[anchor] = weight;
    }
    // Each weight stays at or below the limit (a larger one is refused), so sums cannot overflow.
    void Add(const YAML::Mark& mark, std::uint64_t weight) {
        m_total += weight;
        if (!m_open.empty()) m_open.back().weight += weight;
        if (m_total > kMaxPlanExpandedBytes) {
            const std::string limit = std::to_string(kMaxPlanExpandedBytes / (1024 * 1024)) + " MiB";
            FailAt(mark.line >= 0 ? mark.line + 1 : 1,
                   "các bí danh YAML (*tên) làm tệp lớn hơn " + limit +
                       " khi được mở rộng (giới hạn kích thước kế hoạch sau khi mở rộng bí danh). "
                       "Viết thẳng các giá trị thay vì dùng bí danh.",
                   "YAML aliases (*name) make the file larger than " + limit +
                       " once expanded (the limit on a plan's size with its aliases expanded). "
                       "Write the values out instead of using aliases.");
        }
    }

    std::vector<OpenCollection> m_open;
    std::vector<std::uint64_t> m_weights;  // by anchor id; 0 while the anchored node is open
    std::uint64_t m_total = 0;
};

void RequireBoundedExpansion(const std::string& text) {
    std::istringstream stream(text);
    YAML::Parser parser(stream);
    ExpansionLimit limit;
    while (parser.HandleNextDocument(limit)) {
    }
}

class PlanReader {
public:
    explicit PlanReader(const domain::TextRules& text) : m_text(text) {}

    domain::Plan Read(const YAML::Node& root);

private:
    void RequireMap(const YAML::Node& node, int line, const std::string& what_vi,
                    const std::string& what_en) const {
        if (!node.IsMap())
            FailAt(LineOf(node, line), what_vi + " phải là một bảng khóa: giá trị.",
                   what_en + " must be a mapping of keys to values.");
    }

    void CheckKeys(const YAML::Node& map, const std::set<std::string>& allowed, const std::string& what_vi,
                   const std::string& what_en) const {
        for (const auto& entry : map) {
            const std::string key = entry.first.IsScalar() ? entry.first.Scalar() : std::string("?");
            if (!allowed.count(key)) {
                std::string list;
                for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
                FailAt(LineOf(entry.first, 1),
                       "khóa '" + key + "' không dùng trong " + what_vi + "; các khóa: " + list + ".",
                       "key '" + key + "' is not used in " + what_en + "; the keys are: " + list + ".");
            }
        }
    }

    YAML::Node Required(const YAML::Node& map, const char* key, int line) const {
        const YAML::Node node = map[key];
        if (!node.IsDefined() || node.IsNull())
            FailAt(LineOf(map, line), std::string("thiếu khóa '") + key + "'.",
                   std::string("the key '") + key + "' is missing.");
        return node;
    }

    std::string Scalar(const YAML::Node& node, int line, const char* key) const {
        if (!node.IsScalar())
            FailAt(LineOf(node, line), std::string("'") + key + "' phải là một giá trị đơn (chữ hoặc số).",
                   std::string("'") + key + "' must be a single value (text or a number).");
        return node.Scalar();
    }

    std::string Clean(const YAML::Node& node, int line, const char* key) const {
        const std::string raw = Scalar(node, line, key);
        try {
            return m_text.Clean(raw, key);
        } catch (const DomainError& error) {
            FailAt(LineOf(node, line), error.Text().vi, error.Text().en);
        }
    }

    std::string RequiredText(const YAML::Node& map, const char* key, int line) const {
        const std::string value = Clean(Required(map, key, line), line, key);
        if (value.empty())
            FailAt(LineOf(map[key], line), std::string("'") + key + "' trống.",
                   std::string("'") + key + "' is empty.");
        return value;
    }

    LocalisedText Localised(const YAML::Node& node, int line, const char* key) const {
        RequireMap(node, line, std::string("'") + key + "'", std::string("'") + key + "'");
        CheckKeys(node, {"vi", "en"}, std::string("'") + key + "'", std::string("'") + key + "'");
        return {RequiredText(node, "vi", line), RequiredText(node, "en", line)};
    }

    double Number(const YAML::Node& node, int line, const char* key) const {
        const std::string text = Scalar(node, line, key);
        double value = 0;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
            FailAt(LineOf(node, line),
                   std::string("'") + key +
                       "' phải là một số (dùng dấu chấm cho phần thập phân), không phải '" + text + "'.",
                   std::string("'") + key + "' must be a number (with a point for decimals), not '" + text +
                       "'.");
        return value;
    }

    int Integer(const YAML::Node& node, int line, const char* key, int low, int high) const {
        const double value = Number(node, line, key);
        if (value != std::floor(value) || value < low || value > high)
            FailAt(LineOf(node, line),
                   std::string("'") + key + "' phải là số nguyên từ " + std::to_string(low) + " đến " +
                       std::to_string(high) + ".",
                   std::string("'") + key + "' must be a whole number from " + std::to_string(low) + " to " +
                       std::to_string(high) + ".");
        return static_cast<int>(value);
    }

    bool Boolean(const YAML::Node& node, int line, const char* key) const {
        const std::string text = Scalar(node, line, key);
        if (text == "true") return true;
        if (text == "false") return false;
        FailAt(LineOf(node, line), std::string("'") + key + "' phải là true hoặc false.",
               std::string("'") + key + "' must be true or false.");
    }

    template <typename Enum>
    Enum EnumValue(std::span<const domain::EnumEntry<Enum>> table, const YAML::Node& node, int line,
                   const char* key) const {
        const std::string text = Scalar(node, line, key);
        try {
            return domain::ParseEnum(table, text, key, std::string("Giá trị của '") + key + "'",
                                     std::string("The value of '") + key + "'");
        } catch (const DomainError& error) {
            FailAt(LineOf(node, line), error.Text().vi, error.Text().en);
        }
    }

    template <typename Enum>
    std::vector<Enum> EnumList(std::span<const domain::EnumEntry<Enum>> table, const YAML::Node& node,
                               int line, const char* key) const {
        std::vector<Enum> values;
        if (node.IsScalar()) return {EnumValue(table, node, line, key)};
        if (!node.IsSequence())
            FailAt(LineOf(node, line), std::string("'") + key + "' phải là một danh sách.",
                   std::string("'") + key + "' must be a list.");
        for (const auto& item : node) values.push_back(EnumValue(table, item, LineOf(node, line), key));
        return values;
    }

    // A list of units {vi, en} under `key`; empty when the key is absent.
    std::vector<LocalisedText> Units(const YAML::Node& map, const char* key, int line) const {
        std::vector<LocalisedText> units;
        const YAML::Node list = map[key];
        if (!list) return units;
        if (!list.IsSequence())
            FailAt(LineOf(list, line), std::string("'") + key + "' phải là danh sách các đơn vị {vi, en}.",
                   std::string("'") + key + "' must be a list of units {vi, en}.");
        for (const auto& unit : list) units.push_back(Localised(unit, LineOf(list, line), key));
        return units;
    }

    domain::Bound ReadBound(const YAML::Node& node, int line) const;
    domain::MetricRequest ReadMetric(const YAML::Node& node, int line) const;
    domain::Target ReadTarget(const YAML::Node& node, int line) const;
    domain::ReportingDuty ReadReport(const YAML::Node& node, int line) const;
    void ReadBefore(const YAML::Node& node, int at, domain::ReportingDuty& report) const;
    domain::WorkItem ReadWorkItem(const YAML::Node& node, int line, const domain::Plan& plan) const;
    void ReadRubric(const YAML::Node& node, int line, domain::Plan& plan) const;
    domain::CalendarDate Date(const YAML::Node& node, int line, const char* key) const {
        const std::string text = Scalar(node, line, key);
        try {
            return domain::CalendarDate::Parse(text, key);
        } catch (const DomainError& error) {
            FailAt(LineOf(node, line), error.Text().vi, error.Text().en);
        }
    }

    const domain::TextRules& m_text;
};

domain::Bound PlanReader::ReadBound(const YAML::Node& node, int line) const {
    RequireMap(node, line, "'bound'", "'bound'");
    CheckKeys(node,
              {"at_least", "about", "range", "at_most", "greater_than", "qualitative", "change_per_year"},
              "'bound'", "'bound'");
    if (node.size() != 1)
        FailAt(
            LineOf(node, line),
            "'bound' cần đúng một dạng: at_least, about, range, at_most, greater_than, qualitative hoặc "
            "change_per_year.",
            "'bound' needs exactly one form: at_least, about, range, at_most, greater_than, qualitative or "
            "change_per_year.");
    const auto entry = *node.begin();
    const std::string form = entry.first.Scalar();
    const YAML::Node value = entry.second;
    const int at = LineOf(value, line);
    domain::Bound bound;
    bound.form = domain::ParseEnum(domain::BoundForms(), form, "bound", "Dạng chỉ tiêu", "Bound form");
    auto pair = [&](const char* key) {
        if (!value.IsSequence() || value.size() != 2)
            FailAt(at, std::string("'") + key + "' dạng khoảng cần hai số [thấp, cao], ví dụ [100, 150].",
                   std::string("'") + key + "' as a span needs two numbers [low, high], e.g. [100, 150].");
        bound.min = Number(value[0], at, key);
        bound.max = Number(value[1], at, key);
    };
    switch (bound.form) {
        case domain::BoundForm::AtLeast:
            bound.min = bound.max = Number(value, at, "at_least");
            break;
        case domain::BoundForm::AtMost:
            bound.min = 0;
            bound.max = Number(value, at, "at_most");
            break;
        case domain::BoundForm::Range:
            pair("range");
            break;
        case domain::BoundForm::About:
            if (value.IsSequence())
                pair("about");
            else
                bound.min = bound.max = Number(value, at, "about");
            break;
        case domain::BoundForm::GreaterThan:
            bound.min = bound.max = Number(value, at, "greater_than");
            break;
        case domain::BoundForm::ChangePerYear:
            bound.min = bound.max = Number(value, at, "change_per_year");
            break;
        case domain::BoundForm::Qualitative:
            // The plan's words; the officer's assessment is the value 1 (achieved) or 0.
            bound.quality = Localised(value, at, "qualitative");
            bound.min = bound.max = 1;
            break;
    }
    return bound;
}

domain::MetricRequest PlanReader::ReadMetric(const YAML::Node& node, int line) const {
    domain::MetricRequest request;
    const int at = LineOf(node, line);
    if (node.IsScalar()) {
        try {
            return domain::MetricRequest::Parse(node.Scalar());
        } catch (const DomainError& error) {
            FailAt(at, error.Text().vi, error.Text().en);
        }
    }
    RequireMap(node, line, "'metric'", "'metric'");
    CheckKeys(node, {"id", "contents", "outcome", "ip_types", "event_kind", "level"}, "'metric'", "'metric'");
    request.id = Scalar(Required(node, "id", at), at, "id");
    if (node["contents"])
        request.contents = EnumList(domain::SupportContents(), node["contents"], at, "contents");
    if (node["outcome"]) request.outcome = EnumValue(domain::OutcomeKinds(), node["outcome"], at, "outcome");
    if (node["ip_types"]) request.ip_types = EnumList(domain::IpTypes(), node["ip_types"], at, "ip_types");
    if (node["event_kind"])
        request.event_kind = EnumValue(domain::EventKinds(), node["event_kind"], at, "event_kind");
    if (node["level"]) request.level = EnumValue(domain::TaskLevels(), node["level"], at, "level");
    try {
        domain::RequireMetric(request);
    } catch (const DomainError& error) {
        FailAt(at, error.Text().vi, error.Text().en);
    }
    return request;
}

domain::Target PlanReader::ReadTarget(const YAML::Node& node, int line) const {
    RequireMap(node, line, "Mỗi chỉ tiêu", "Each target");
    const int at = LineOf(node, line);
    CheckKeys(node,
              {"code", "stt", "label", "kind", "bound", "unit", "lead", "cooperating", "monitoring", "source",
               "metric", "per_year", "by"},
              "chỉ tiêu", "a target");
    domain::Target target;
    target.line = at;
    target.code = Scalar(Required(node, "code", at), at, "code");
    if (node["stt"]) target.stt = Clean(node["stt"], at, "stt");
    target.label = Localised(Required(node, "label", at), at, "label");
    target.kind = EnumValue(domain::TargetKinds(), Required(node, "kind", at), at, "kind");
    target.bound = ReadBound(Required(node, "bound", at), at);
    if (node["unit"]) target.unit = Localised(node["unit"], at, "unit");
    if (node["lead"]) target.lead_unit = Localised(node["lead"], at, "lead");
    target.cooperating_units = Units(node, "cooperating", at);
    target.monitoring_units = Units(node, "monitoring", at);
    target.source = RequiredText(node, "source", at);
    const YAML::Node metric = Required(node, "metric", at);
    if (!(metric.IsScalar() && metric.Scalar() == "manual")) target.metric = ReadMetric(metric, at);
    if (node["per_year"]) target.per_year = Boolean(node["per_year"], at, "per_year");
    if (node["by"]) target.due_year = Integer(node["by"], at, "by", 2000, 2100);
    return target;
}

domain::ReportingDuty PlanReader::ReadReport(const YAML::Node& node, int line) const {
    RequireMap(node, line, "Mỗi hạn báo cáo", "Each report deadline");
    const int at = LineOf(node, line);
    CheckKeys(node, {"code", "label", "from", "to", "rule", "month", "day", "date", "before", "source"},
              "hạn báo cáo", "a report deadline");
    domain::ReportingDuty report;
    report.line = at;
    if (node["code"]) report.code = Scalar(node["code"], at, "code");
    report.label = Localised(Required(node, "label", at), at, "label");
    if (node["from"]) report.from = Localised(node["from"], at, "from");
    if (node["to"]) report.to = EnumValue(domain::ReportRecipients(), node["to"], at, "to");
    report.rule = EnumValue(domain::ReportRules(), Required(node, "rule", at), at, "rule");
    if (const YAML::Node before = node["before"]) {
        // The source's "trước ngày …": stored as the day before, the last day on time.
        if (node["day"] || node["date"] || node["month"])
            FailAt(LineOf(before, at), "dùng 'before' hoặc 'day'/'month'/'date', không dùng cả hai.",
                   "use either 'before' or 'day'/'month'/'date', not both.");
        ReadBefore(before, at, report);
    } else if (report.rule == domain::ReportRule::Once) {
        report.date = Date(Required(node, "date", at), at, "date");
    } else if (report.rule == domain::ReportRule::Monthly) {
        report.day = node["day"] ? Integer(node["day"], at, "day", 1, 28) : 0;
    } else {
        report.day = Integer(Required(node, "day", at), at, "day", 1, 28);
        if (report.rule != domain::ReportRule::Quarterly)
            report.month = Integer(Required(node, "month", at), at, "month", 1, 12);
    }
    if (node["source"]) report.source = Clean(node["source"], at, "source");
    return report;
}

void PlanReader::ReadBefore(const YAML::Node& node, int at, domain::ReportingDuty& report) const {
    const std::string text = Scalar(node, at, "before");
    const int line = LineOf(node, at);
    const auto bad = [&](const std::string& vi_form, const std::string& en_form) {
        FailAt(line,
               "'before' của quy tắc '" +
                   std::string(domain::EntryOf(domain::ReportRules(), report.rule).code) + "' là " + vi_form +
                   ", không phải '" + text + "'.",
               "'before' of rule '" + std::string(domain::EntryOf(domain::ReportRules(), report.rule).code) +
                   "' is " + en_form + ", not '" + text + "'.");
    };
    switch (report.rule) {
        case domain::ReportRule::Quarterly:
        case domain::ReportRule::Monthly: {
            const int day = Integer(node, at, "before", 2, 29);
            report.day = day - 1;
            break;
        }
        case domain::ReportRule::HalfYearly:
        case domain::ReportRule::Yearly: {
            // "05/06": the day and month of any year; a non-leap year keeps 29/02 out.
            const std::size_t slash = text.find('/');
            int day = 0, month = 0;
            if (slash == std::string::npos ||
                std::from_chars(text.data(), text.data() + slash, day).ptr != text.data() + slash ||
                std::from_chars(text.data() + slash + 1, text.data() + text.size(), month).ptr !=
                    text.data() + text.size() ||
                month < 1 || month > 12 || day < 1 || day > 28)
                bad("ngày/tháng (dd/mm, ngày 1–28)", "a day/month (dd/mm, day 1–28)");
            const domain::CalendarDate due = domain::DayBefore(2001, month, day);
            if (due.Year() != 2001) bad("ngày/tháng sau 01/01", "a day/month after 01/01");
            report.month = static_cast<int>(due.Month());
            report.day = static_cast<int>(due.Day());
            break;
        }
        case domain::ReportRule::Once: {
            const domain::CalendarDate date = Date(node, at, "before");
            report.date = date.AddDays(-1);
            break;
        }
    }
}

domain::WorkItem PlanReader::ReadWorkItem(const YAML::Node& node, int line, const domain::Plan& plan) const {
    RequireMap(node, line, "Mỗi nhiệm vụ của kế hoạch", "Each work item");
    const int at = LineOf(node, line);
    CheckKeys(node,
              {"code", "stt", "section", "content", "lead", "cooperating", "monitoring", "product", "timing",
               "note", "source"},
              "nhiệm vụ của kế hoạch", "a work item");
    domain::WorkItem item;
    item.line = at;
    item.code = Scalar(Required(node, "code", at), at, "code");
    if (node["stt"]) item.stt = Clean(node["stt"], at, "stt");
    if (node["section"]) item.section = Localised(node["section"], at, "section");
    item.content = Localised(Required(node, "content", at), at, "content");
    if (node["lead"]) item.lead_unit = Localised(node["lead"], at, "lead");
    if (const YAML::Node units = node["cooperating"]) {
        if (!units.IsSequence())
            FailAt(LineOf(units, at), "'cooperating' phải là danh sách các đơn vị {vi, en}.",
                   "'cooperating' must be a list of units {vi, en}.");
        for (const auto& unit : units)
            item.cooperating_units.push_back(Localised(unit, LineOf(units, at), "cooperating"));
    }
    if (node["monitoring"]) item.monitoring_body = Localised(node["monitoring"], at, "monitoring");
    if (node["product"]) item.product = Localised(node["product"], at, "product");
    const YAML::Node timing = Required(node, "timing", at);
    const std::string timing_text = Clean(timing, at, "timing");
    try {
        item.timing = domain::ParseWorkItemTiming(timing_text, plan.first_year, plan.last_year);
    } catch (const DomainError& error) {
        FailAt(LineOf(timing, at), "nhiệm vụ '" + item.code + "': " + error.Text().vi,
               "work item '" + item.code + "': " + error.Text().en);
    }
    if (node["note"]) item.note = Clean(node["note"], at, "note");
    item.source = RequiredText(node, "source", at);
    return item;
}

void PlanReader::ReadRubric(const YAML::Node& node, int line, domain::Plan& plan) const {
    RequireMap(node, line, "'rubric'", "'rubric'");
    const int at = LineOf(node, line);
    CheckKeys(node, {"threshold", "criteria"}, "'rubric'", "'rubric'");
    if (node["threshold"]) plan.rubric_threshold = Integer(node["threshold"], at, "threshold", 0, 100);
    const YAML::Node criteria = Required(node, "criteria", at);
    if (!criteria.IsSequence() || criteria.size() == 0)
        FailAt(LineOf(criteria, at), "'criteria' phải là danh sách tiêu chí, ít nhất một.",
               "'criteria' must be a list of at least one criterion.");
    for (const auto& item : criteria) {
        RequireMap(item, at, "Mỗi tiêu chí", "Each criterion");
        const int c_at = LineOf(item, at);
        CheckKeys(item, {"code", "label", "weight", "max_score", "threshold"}, "tiêu chí", "a criterion");
        domain::PlanCriterion c;
        c.criterion.code = Scalar(Required(item, "code", c_at), c_at, "code");
        const LocalisedText label = Localised(Required(item, "label", c_at), c_at, "label");
        c.criterion.label_vi = label.vi;
        c.criterion.label_en = label.en;
        c.criterion.weight = item["weight"] ? Integer(item["weight"], c_at, "weight", 1, 100) : 1;
        c.criterion.max_score =
            item["max_score"] ? Integer(item["max_score"], c_at, "max_score", 1, 100) : 10;
        if (item["threshold"]) c.threshold = Integer(item["threshold"], c_at, "threshold", 0, 100);
        plan.rubric.push_back(std::move(c));
    }
}

domain::Plan PlanReader::Read(const YAML::Node& root) {
    if (!root.IsMap())
        FailAt(LineOf(root, 1), "tệp kế hoạch phải là một bảng khóa: giá trị (xem docs/PLANS.md).",
               "a plan file must be a mapping of keys to values (see docs/PLANS.md).");
    CheckKeys(root,
              {"format", "code", "title", "document", "programme", "province", "about_tolerance", "period",
               "reports", "targets", "rubric", "work_items"},
              "tệp kế hoạch", "a plan file");
    const std::string format = Scalar(Required(root, "format", 1), 1, "format");
    if (format != kFormat)
        FailAt(LineOf(root["format"], 1),
               "định dạng '" + format + "' không được hỗ trợ; dùng '" + std::string(kFormat) + "'.",
               "format '" + format + "' is not supported; use '" + std::string(kFormat) + "'.");
    domain::Plan plan;
    plan.code = Scalar(Required(root, "code", 1), 1, "code");
    plan.title = Localised(Required(root, "title", 1), 1, "title");
    plan.document = RequiredText(root, "document", 1);
    if (root["programme"]) plan.programme_code = Scalar(root["programme"], 1, "programme");
    if (const YAML::Node province = root["province"]) {
        // Stored as its unit's name; a former province ("Kon Tum") gives the unit it merged into.
        const domain::ProvinceDirectory provinces(m_text);
        try {
            plan.province = provinces.Require(Clean(province, 1, "province"), "province").unit->name;
        } catch (const DomainError& error) {
            FailAt(LineOf(province, 1), error.Text().vi, error.Text().en);
        }
    }
    if (const YAML::Node tolerance = root["about_tolerance"]) {
        try {
            plan.about_tolerance = domain::AboutTolerance::Parse(Scalar(tolerance, 1, "about_tolerance"));
        } catch (const DomainError& error) {
            FailAt(LineOf(tolerance, 1), error.Text().vi, error.Text().en);
        }
    }
    const YAML::Node period = Required(root, "period", 1);
    try {
        const domain::Period p = domain::Period::Parse(Scalar(period, 1, "period"), "period");
        if (p.Kind() != domain::PeriodKind::Year && p.Kind() != domain::PeriodKind::Years)
            FailAt(LineOf(period, 1), "giai đoạn của kế hoạch là một năm (2026) hoặc nhiều năm (2026-2030).",
                   "a plan's period is a year (2026) or a span of years (2026-2030).");
        plan.first_year = p.FirstYear();
        plan.last_year = p.LastYear();
    } catch (const DomainError& error) {
        if (error.Code() == ErrorCode::FileFormat) throw;
        FailAt(LineOf(period, 1), error.Text().vi, error.Text().en);
    }
    if (const YAML::Node reports = root["reports"]) {
        if (!reports.IsSequence())
            FailAt(LineOf(reports, 1), "'reports' phải là một danh sách.", "'reports' must be a list.");
        std::set<std::string> duty_codes;
        for (const auto& node : reports) {
            domain::ReportingDuty report = ReadReport(node, LineOf(reports, 1));
            // A file written before duties had codes: numbered by position, stable while the
            // order of its reports is.
            if (report.code.empty()) report.code = "R" + std::to_string(plan.reports.size() + 1);
            if (!duty_codes.insert(report.code).second)
                FailAt(report.line, "mã báo cáo '" + report.code + "' đã dùng cho một báo cáo trước.",
                       "report code '" + report.code + "' is already used by an earlier report.");
            plan.reports.push_back(std::move(report));
        }
    }
    const YAML::Node targets = Required(root, "targets", 1);
    if (!targets.IsSequence() || targets.size() == 0 || targets.size() > kMaxTargets)
        FailAt(LineOf(targets, 1),
               "'targets' phải là danh sách từ 1 đến " + std::to_string(kMaxTargets) + " chỉ tiêu.",
               "'targets' must be a list of 1 to " + std::to_string(kMaxTargets) + " targets.");
    std::set<std::string> codes;
    for (const auto& node : targets) {
        domain::Target target = ReadTarget(node, LineOf(targets, 1));
        if (!codes.insert(target.code).second)
            FailAt(target.line, "mã chỉ tiêu '" + target.code + "' đã dùng cho một chỉ tiêu trước.",
                   "target code '" + target.code + "' is already used by an earlier target.");
        // The domain's rules for one target, reported at the target's line.
        domain::Plan probe = plan;
        probe.targets = {target};
        try {
            domain::ValidatePlan(probe);
        } catch (const DomainError& error) {
            FailAt(target.line, error.Text().vi, error.Text().en);
        }
        plan.targets.push_back(std::move(target));
    }
    if (const YAML::Node items = root["work_items"]) {
        if (!items.IsSequence() || items.size() > kMaxWorkItems)
            FailAt(
                LineOf(items, 1),
                "'work_items' phải là danh sách tối đa " + std::to_string(kMaxWorkItems) + " nhiệm vụ.",
                "'work_items' must be a list of at most " + std::to_string(kMaxWorkItems) + " work items.");
        std::set<std::string> item_codes;
        for (const auto& node : items) {
            domain::WorkItem item = ReadWorkItem(node, LineOf(items, 1), plan);
            if (!item_codes.insert(item.code).second)
                FailAt(item.line, "mã nhiệm vụ '" + item.code + "' đã dùng cho một nhiệm vụ trước.",
                       "work item code '" + item.code + "' is already used by an earlier work item.");
            try {
                domain::ValidateWorkItem(item, plan.first_year, plan.last_year);
            } catch (const DomainError& error) {
                FailAt(item.line, error.Text().vi, error.Text().en);
            }
            plan.work_items.push_back(std::move(item));
        }
    }
    if (const YAML::Node rubric = root["rubric"]) ReadRubric(rubric, 1, plan);
    try {
        domain::ValidatePlan(plan);
    } catch (const DomainError& error) {
        FailAt(root["rubric"] ? LineOf(root["rubric"], 1) : LineOf(root["reports"], 1), error.Text().vi,
               error.Text().en);
    }
    return plan;
}

}  // namespace

domain::Plan ParsePlanFile(std::string_view bytes, const domain::TextRules& text) {
    if (bytes.size() > kMaxPlanFileBytes)
        ThrowFileFormat("Tệp kế hoạch lớn hơn " + std::to_string(kMaxPlanFileBytes / 1024) +
                            " KiB; đây không phải một tệp kế hoạch.",
                        "The plan file is larger than " + std::to_string(kMaxPlanFileBytes / 1024) +
                            " KiB; it is not a plan file.");
    std::string_view body = bytes;
    if (body.substr(0, 3) == "\xEF\xBB\xBF") body.remove_prefix(3);
    RequireUtf8(body);
    RequireShallow(body);
    YAML::Node root;
    try {
        const std::string yaml_text(body);
        RequireBoundedExpansion(yaml_text);
        root = YAML::Load(yaml_text);
    } catch (const YAML::Exception& error) {
        FailAt(error.mark.line >= 0 ? error.mark.line + 1 : 1, "YAML không hợp lệ: " + error.msg + ".",
               "the YAML is not valid: " + error.msg + ".");
    }
    try {
        domain::Plan plan = PlanReader(text).Read(root);
        plan.source_text = std::string(body);
        return plan;
    } catch (const YAML::Exception& error) {
        // A node of an unexpected shape met in a conversion the reader did not foresee.
        FailAt(error.mark.line >= 0 ? error.mark.line + 1 : 1,
               "cấu trúc không như mong đợi: " + error.msg + ".", "unexpected structure: " + error.msg + ".");
    }
}

domain::Plan ReadPlanFile(const std::filesystem::path& path, const domain::TextRules& text) {
    RequireRegularFile(path);
    std::ifstream in(path, std::ios::binary);
    if (!in) ThrowCannotOpen(path, std::make_error_code(std::errc::permission_denied));
    std::string bytes;
    char buffer[65536];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        bytes.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (bytes.size() > kMaxPlanFileBytes) break;
    }
    try {
        return ParsePlanFile(bytes, text);
    } catch (const DomainError& error) {
        throw DomainError(
            error.Code(),
            {domain::Utf8Of(path) + ": " + error.Text().vi, domain::Utf8Of(path) + ": " + error.Text().en},
            error.Field());
    }
}

}  // namespace innodesk::interchange
