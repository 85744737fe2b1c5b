// The issue register's stages and the port's lookup.
#include "issue_repository.h"

#include "errors.h"

#include <array>

namespace innodesk::domain {
namespace {

constexpr std::array<EnumEntry<DocumentStage>, 2> kStages{{
    {DocumentStage::Approver, "approver", "Bản lãnh đạo đã ký", "As signed by the approver"},
    {DocumentStage::Issued, "issued", "Bản đã ban hành", "As issued"},
}};

}  // namespace

std::span<const EnumEntry<DocumentStage>> DocumentStages() {
    return kStages;
}

IssueRepository& IssuesOf(Transaction& tx) {
    if (auto* source = dynamic_cast<IssueSource*>(&tx)) return source->Issues();
    throw DomainError(ErrorCode::Storage, {"Kho dữ liệu này không có sổ đăng ký số văn bản.",
                                           "This store keeps no register of document numbers."});
}

}  // namespace innodesk::domain
