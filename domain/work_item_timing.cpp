// Reading a work item's timing: a few regular forms, tried in turn on the trimmed text.
#include "work_item_timing.h"

#include <array>
#include <regex>

namespace innodesk::domain {
namespace {

constexpr std::array<EnumEntry<TimingKind>, 8> kTimingKinds{{
    {TimingKind::Date, "date", "ngày", "date"},
    {TimingKind::Month, "month", "tháng", "month"},
    {TimingKind::Quarter, "quarter", "quý", "quarter"},
    {TimingKind::HalfYear, "half_year", "6 tháng", "half-year"},
    {TimingKind::Year, "year", "năm", "year"},
    {TimingKind::Years, "years", "giai đoạn", "years"},
    {TimingKind::Recurring, "recurring", "thường xuyên", "recurring"},
    {TimingKind::Reference, "reference", "theo văn bản khác", "by reference"},
}};

std::string Trim(std::string_view text) {
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    std::size_t begin = 0, end = text.size();
    while (begin < end && space(text[begin])) ++begin;
    while (end > begin && space(text[end - 1])) --end;
    return std::string(text.substr(begin, end - begin));
}

bool StartsWith(const std::string& text, std::string_view prefix) {
    return text.size() >= prefix.size() && text.compare(0, prefix.size(), prefix) == 0;
}

int Roman(const std::string& text) {
    if (text == "I" || text == "1") return 1;
    if (text == "II" || text == "2") return 2;
    if (text == "III" || text == "3") return 3;
    if (text == "IV" || text == "4") return 4;
    return 0;
}

CalendarDate LastDayOfMonth(int year, int month) {
    return month == 12 ? CalendarDate::FromYmd(year, 12, 31)
                       : CalendarDate::FromYmd(year, static_cast<unsigned>(month + 1), 1).AddDays(-1);
}

[[noreturn]] void Refuse(const std::string& text, const std::string& vi_reason,
                         const std::string& en_reason) {
    throw DomainError(ErrorCode::InvalidValue,
                      {"Thời hạn '" + text + "' không đọc được: " + vi_reason +
                           " Dùng một trong các dạng: Tháng 7/2026, 12/2026, 20/02/2026, Quý III/2026, "
                           "6 tháng đầu năm 2026, Năm 2026, 2026–2030, Thường xuyên, Theo Kế hoạch số ….",
                       "Timing '" + text + "' cannot be read: " + en_reason +
                           " Use one of the forms: Tháng 7/2026, 12/2026, 20/02/2026, Quý III/2026, "
                           "6 tháng đầu năm 2026, Năm 2026, 2026–2030, Thường xuyên, Theo Kế hoạch số …."},
                      "timing");
}

int Year(const std::string& digits, const std::string& text) {
    const int year = std::stoi(digits);
    if (year < 2000 || year > 2100)
        Refuse(text, "năm " + digits + " nằm ngoài 2000–2100.",
               "the year " + digits + " is outside 2000–2100.");
    return year;
}

// The year of a period written without one: the plan's, when the plan is a single year.
int DefaultYear(const std::string& text, int plan_first_year, int plan_last_year) {
    if (plan_first_year != plan_last_year || plan_first_year == 0)
        Refuse(text, "thiếu năm, mà kế hoạch kéo dài nhiều năm.",
               "the year is missing and the plan spans several years.");
    return plan_first_year;
}

// The forms without brackets or "before"; false when none matches.
bool ParseCore(const std::string& core, const std::string& text, int plan_first, int plan_last,
               WorkItemTiming& timing) {
    static const std::regex recurring("^[Tt]hường xuyên.*$");
    static const std::regex reference("^([Tt]heo|[Ss]au khi|[Kk]ế hoạch số|[Qq]uyết định số) .*$");
    static const std::regex date("^(?:[Nn]gày )?([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})$");
    static const std::regex month("^(?:[Tt]háng )?([0-9]{1,2})(?:/| năm )([0-9]{4})$");
    static const std::regex quarter("^[Qq]uý (I|II|III|IV|1|2|3|4)(?:(?:/| năm | )([0-9]{4}))?$");
    static const std::regex half("^6 tháng (đầu|cuối) năm(?: ([0-9]{4}))?$");
    static const std::regex year("^(?:[Nn]ăm )?([0-9]{4})$");
    static const std::regex years("^(?:[Gg]iai đoạn )?([0-9]{4}) ?(?:-|–|—) ?([0-9]{4})$");
    std::smatch m;
    if (std::regex_match(core, recurring)) {
        timing.kind = TimingKind::Recurring;
    } else if (std::regex_match(core, reference)) {
        timing.kind = TimingKind::Reference;
    } else if (std::regex_match(core, m, date)) {
        timing.kind = TimingKind::Date;
        timing.day = std::stoi(m[1]);
        timing.month = std::stoi(m[2]);
        timing.first_year = timing.last_year = Year(m[3], text);
        try {
            (void)CalendarDate::FromYmd(timing.first_year, static_cast<unsigned>(timing.month),
                                        static_cast<unsigned>(timing.day));
        } catch (const DomainError&) {
            Refuse(text, "ngày không có trong lịch.", "there is no such day in the calendar.");
        }
    } else if (std::regex_match(core, m, month)) {
        timing.kind = TimingKind::Month;
        timing.month = std::stoi(m[1]);
        if (timing.month < 1 || timing.month > 12)
            Refuse(text, "tháng phải từ 1 đến 12.", "the month must be 1 to 12.");
        timing.first_year = timing.last_year = Year(m[2], text);
    } else if (std::regex_match(core, m, quarter)) {
        timing.kind = TimingKind::Quarter;
        timing.quarter = Roman(m[1]);
        timing.first_year = timing.last_year =
            m[2].matched ? Year(m[2], text) : DefaultYear(text, plan_first, plan_last);
    } else if (std::regex_match(core, m, half)) {
        timing.kind = TimingKind::HalfYear;
        timing.half = m[1] == "đầu" ? 1 : 2;
        timing.first_year = timing.last_year =
            m[2].matched ? Year(m[2], text) : DefaultYear(text, plan_first, plan_last);
    } else if (std::regex_match(core, m, year)) {
        timing.kind = TimingKind::Year;
        timing.first_year = timing.last_year = Year(m[1], text);
    } else if (std::regex_match(core, m, years)) {
        timing.kind = TimingKind::Years;
        timing.first_year = Year(m[1], text);
        timing.last_year = Year(m[2], text);
        if (timing.first_year > timing.last_year)
            Refuse(text, "năm đầu sau năm cuối.", "the first year is after the last.");
    } else {
        return false;
    }
    return true;
}

}  // namespace

std::span<const EnumEntry<TimingKind>> TimingKinds() {
    return kTimingKinds;
}

std::optional<CalendarDate> WorkItemTiming::Due() const {
    std::optional<CalendarDate> due;
    switch (kind) {
        case TimingKind::Date:
            due = CalendarDate::FromYmd(first_year, static_cast<unsigned>(month), static_cast<unsigned>(day));
            break;
        case TimingKind::Month:
            due = LastDayOfMonth(first_year, month);
            break;
        case TimingKind::Quarter:
            due = LastDayOfMonth(first_year, quarter * 3);
            break;
        case TimingKind::HalfYear:
            due = LastDayOfMonth(first_year, half * 6);
            break;
        case TimingKind::Year:
        case TimingKind::Years:
            due = CalendarDate::FromYmd(last_year, 12, 31);
            break;
        case TimingKind::Recurring:
        case TimingKind::Reference:
            return std::nullopt;
    }
    if (before) {
        // Before the period: the day before its first day.
        const int first_month = kind == TimingKind::Month      ? month
                                : kind == TimingKind::Quarter  ? (quarter - 1) * 3 + 1
                                : kind == TimingKind::HalfYear ? (half == 1 ? 1 : 7)
                                                               : 1;
        const CalendarDate first =
            kind == TimingKind::Date
                ? *due
                : CalendarDate::FromYmd(first_year, static_cast<unsigned>(first_month), 1);
        due = first.AddDays(-1);
    }
    return due;
}

std::vector<CalendarDate> WorkItemTiming::DueDates(int plan_first_year, int plan_last_year) const {
    if (kind == TimingKind::Reference) return {};
    if (kind != TimingKind::Recurring) return {*Due()};
    std::vector<CalendarDate> dates;
    for (int y = plan_first_year; y <= plan_last_year; ++y) dates.push_back(CalendarDate::FromYmd(y, 12, 31));
    return dates;
}

LocalisedText WorkItemTiming::DueText() const {
    if (kind == TimingKind::Recurring) return {"31/12 hằng năm", "31/12 each year"};
    if (kind == TimingKind::Reference) return {"theo văn bản dẫn chiếu", "per the referenced document"};
    const std::string date = Due()->Format();
    return {date, date};
}

WorkItemTiming ParseWorkItemTiming(std::string_view written, int plan_first_year, int plan_last_year) {
    WorkItemTiming timing;
    timing.text = Trim(written);
    const std::string& text = timing.text;
    if (text.empty())
        throw DomainError(ErrorCode::InvalidValue, {"Thời hạn thực hiện trống.", "The timing is empty."},
                          "timing");
    std::string core = text;
    // A trailing bracket: "(Hoàn thành trong Quý IV/2026)" says when it is due; anything else is
    // a note on the timing before it.
    if (core.back() == ')') {
        const std::size_t open = core.rfind('(');
        if (open != std::string::npos && open > 0) {
            const std::string inner = Trim(std::string_view(core).substr(open + 1, core.size() - open - 2));
            static constexpr std::string_view kCompleted = "Hoàn thành trong ";
            if (StartsWith(inner, kCompleted)) {
                if (!ParseCore(inner.substr(kCompleted.size()), text, plan_first_year, plan_last_year,
                               timing))
                    Refuse(text, "không đọc được thời hạn hoàn thành trong ngoặc.",
                           "the completion in brackets cannot be read.");
                return timing;
            }
            core = Trim(std::string_view(core).substr(0, open));
        }
    }
    if (ParseCore(core, text, plan_first_year, plan_last_year, timing)) return timing;
    // "… trước 02/2026": due the day before the period named.
    static constexpr std::string_view kBefore = "trước ";
    const std::size_t before = core.rfind(kBefore);
    if (before != std::string::npos && (before == 0 || core[before - 1] == ' ')) {
        std::string rest = core.substr(before + kBefore.size());
        if (StartsWith(rest, "ngày ")) rest = rest.substr(std::string_view("ngày ").size());
        if (ParseCore(rest, text, plan_first_year, plan_last_year, timing) &&
            timing.kind != TimingKind::Recurring && timing.kind != TimingKind::Reference &&
            timing.kind != TimingKind::Years) {
            timing.before = true;
            return timing;
        }
    }
    Refuse(text, "không phải một dạng thời hạn quen thuộc.", "it is not one of the known forms.");
}

}  // namespace innodesk::domain
