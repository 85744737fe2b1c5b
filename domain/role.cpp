// Role names.
#include "role.h"

#include <array>

namespace innodesk::domain {
namespace {

constexpr std::array<EnumEntry<Role>, 5> kRoles{{
    {Role::Officer, "officer", "Chuyên viên", "Officer"},
    {Role::Approver, "approver", "Lãnh đạo phê duyệt", "Approver"},
    {Role::Admin, "admin", "Quản trị", "Administrator"},
    {Role::Viewer, "viewer", "Chỉ xem", "Viewer"},
    {Role::Clerk, "clerk", "Văn thư", "Records clerk"},
}};

}  // namespace

std::span<const EnumEntry<Role>> Roles() {
    return kRoles;
}

}  // namespace innodesk::domain
