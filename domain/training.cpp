// Event kinds, event rules and the identity of an attendee.
#include "training.h"

#include "errors.h"
#include "tax_code.h"

#include <algorithm>
#include <array>

namespace innodesk::domain {
namespace {

constexpr std::array<EnumEntry<EventKind>, 4> kKinds{{
    {EventKind::TrainingCourse, "training_course", "Khóa đào tạo, tập huấn", "Training course"},
    {EventKind::Workshop, "workshop", "Hội thảo", "Workshop"},
    {EventKind::ConnectionEvent, "connection_event", "Sự kiện kết nối", "Connection event"},
    {EventKind::Other, "other", "Hoạt động khác", "Other"},
}};

}  // namespace

std::span<const EnumEntry<EventKind>> EventKinds() {
    return kKinds;
}

TrainingEvent NormaliseEvent(TrainingEvent event, const TextRules& text) {
    event.title = text.Clean(event.title, "title");
    event.location = text.Clean(event.location, "location");
    event.organiser = text.Clean(event.organiser, "organiser");
    if (event.title.empty())
        throw DomainError(
            ErrorCode::InvalidValue,
            {"Tên khóa đào tạo hoặc sự kiện là bắt buộc.", "The title of the course or event is required."},
            "title");
    if (event.ends_on < event.starts_on)
        throw DomainError(ErrorCode::InvalidValue,
                          {"Ngày kết thúc " + event.ends_on.Format() + " trước ngày bắt đầu " +
                               event.starts_on.Format() + ".",
                           "The end date " + event.ends_on.Format() + " is before the start date " +
                               event.starts_on.Format() + "."},
                          "ends_on");
    return event;
}

std::string ParsePersonalId(std::string_view raw, std::string_view field) {
    std::string digits;
    for (const char c : raw)
        if (c != ' ' && c != '.' && c != '\t') digits += c;
    const bool all_digits =
        std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (digits.size() != 12 || !all_digits)
        throw DomainError(
            ErrorCode::InvalidValue,
            {"Số định danh cá nhân '" + std::string(raw) + "' không hợp lệ: cần đúng 12 chữ số (số CCCD).",
             "Personal ID '" + std::string(raw) +
                 "' is not valid: it needs exactly 12 digits (the CCCD number)."},
            std::string(field));
    // Twelve digits that TaxCode refuses can only have a wrong province prefix.
    try {
        TaxCode::Parse(digits);
    } catch (const DomainError&) {
        throw DomainError(ErrorCode::InvalidValue,
                          {"Số định danh cá nhân '" + std::string(raw) + "' không hợp lệ: 3 chữ số đầu " +
                               digits.substr(0, 3) + " không phải mã tỉnh nơi đăng ký khai sinh.",
                           "Personal ID '" + std::string(raw) + "' is not valid: its first three digits " +
                               digits.substr(0, 3) + " are not a province code."},
                          std::string(field));
    }
    return digits;
}

std::string PersonKey(const std::optional<std::string>& personal_id, const std::string& folded_name,
                      const std::string& tax_code) {
    if (personal_id) return "id:" + *personal_id;
    return "name:" + folded_name + "|" + tax_code;
}

}  // namespace innodesk::domain
