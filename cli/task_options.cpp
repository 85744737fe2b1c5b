// A task's command-line options read into domain values.
#include "task_options.h"

#include "option_values.h"

#include "domain/task_service.h"

#include <algorithm>
#include <charconv>

namespace innodesk::cli {
namespace {

bool AllDigits(const std::string& text) {
    return !text.empty() &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::int64_t IdOf(const std::string& text) {
    std::int64_t id = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), id);
    if (error != std::errc() || end != text.data() + text.size()) return 0;
    return id;
}

}  // namespace

domain::TaskId TaskIdOf(CliContext& context, const std::string& id_or_code) {
    auto service = context.Workspace().Tasks();
    if (AllDigits(id_or_code)) return service.Get(IdOf(id_or_code)).id;
    return service.GetByCode(id_or_code).id;
}

domain::Organisation OrganisationOf(CliContext& context, const std::string& name_or_id) {
    const std::string name = context.Text().Clean(name_or_id, "--lead-organisation");
    const bool by_id = AllDigits(name_or_id);
    for (const auto& organisation : context.Workspace().Tasks().Organisations())
        if (by_id ? organisation.id == IdOf(name_or_id) : organisation.name == name) return organisation;
    throw domain::DomainError(
        domain::ErrorCode::NotFound,
        {"Không có tổ chức '" + name_or_id + "' trong danh sách tổ chức (thêm bằng: organisation add).",
         "There is no organisation '" + name_or_id + "' in the register (add it with: organisation add)."},
        "--lead-organisation");
}

domain::CoFunding ParseCoFunding(const std::string& text) {
    const auto equals = text.rfind('=');
    if (equals == std::string::npos || equals == 0)
        throw domain::DomainError(domain::ErrorCode::InvalidValue,
                                  {"Vốn đối ứng '" + text + "' cần dạng NGUỒN=SỐ TIỀN.",
                                   "The co-funding '" + text + "' needs the form SOURCE=AMOUNT."},
                                  "--co-funding");
    return {text.substr(0, equals), domain::Money::Parse(text.substr(equals + 1), "--co-funding")};
}

domain::OutputCommitment ParseOutput(const std::string& text) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    // The user who applies it comes last and may itself hold a ':'.
    while (parts.size() < 3) {
        const auto colon = text.find(':', start);
        if (colon == std::string::npos) break;
        parts.push_back(text.substr(start, colon - start));
        start = colon + 1;
    }
    parts.push_back(text.substr(start));
    if (parts.size() < 3)
        throw domain::DomainError(
            domain::ErrorCode::InvalidValue,
            {"Sản phẩm đầu ra '" + text + "' cần dạng LOẠI:SỐ LƯỢNG:MÔ TẢ[:NƠI ỨNG DỤNG].",
             "The output '" + text + "' needs the form KIND:QTY:DESCRIPTION[:USER]."},
            "--output");
    domain::OutputCommitment output;
    output.kind = ParseOption(domain::OutputKinds(), parts[0], "--output");
    if (!AllDigits(parts[1]) || parts[1].size() > 9)
        throw domain::DomainError(
            domain::ErrorCode::InvalidValue,
            {"Số lượng '" + parts[1] + "' của sản phẩm '" + parts[2] + "' phải là số nguyên dương.",
             "The quantity '" + parts[1] + "' of the output '" + parts[2] + "' must be a whole number."},
            "--output");
    output.quantity = static_cast<int>(IdOf(parts[1]));
    output.description = parts[2];
    if (parts.size() > 3) output.applying_user = parts[3];
    return output;
}

}  // namespace innodesk::cli
