// Codes and labels of target statuses.
#include "target_evaluation.h"

#include <array>

namespace innodesk::domain {
namespace {

constexpr std::array<EnumEntry<TargetStatus>, 5> kStatuses{{
    {TargetStatus::Met, "met", "Đạt", "Met"},
    {TargetStatus::OnTrack, "on_track", "Đúng tiến độ", "On track"},
    {TargetStatus::AtRisk, "at_risk", "Có nguy cơ không đạt", "At risk"},
    {TargetStatus::Behind, "behind", "Chậm tiến độ", "Behind"},
    {TargetStatus::NoData, "no_data", "Chưa có số liệu", "No data"},
}};

}  // namespace

std::span<const EnumEntry<TargetStatus>> TargetStatuses() {
    return kStatuses;
}

}  // namespace innodesk::domain
