// The five roles of InnoDesk and what each may do. Every service checks the role of its caller,
// so a check forgotten in a screen or a command cannot open a door.
#pragma once

#include "enum_table.h"

#include <span>

namespace innodesk::domain {

enum class Role {
    Officer,   // enterprises, applications, reviews, vouchers, IP, training; drafts decisions
    Approver,  // signs decisions
    Admin,     // users, trust store, settings; cannot sign
    Viewer,    // reads only
    Clerk,     // văn thư: reads what a viewer reads; numbers, dates and seals (issues) signed decisions
};
std::span<const EnumEntry<Role>> Roles();

}  // namespace innodesk::domain
