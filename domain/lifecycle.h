// A lifecycle: the states of a record, their labels, and the moves between them that are allowed.
#pragma once

#include "enum_table.h"
#include "errors.h"

#include <span>
#include <string>
#include <utility>

namespace innodesk::domain {

template <typename State>
struct Lifecycle {
    std::span<const EnumEntry<State>> states;
    std::span<const std::pair<State, State>> moves;
    std::string_view record_vi;  // "hồ sơ"
    std::string_view record_en;  // "application"

    bool Allows(State from, State to) const {
        for (const auto& [a, b] : moves)
            if (a == from && b == to) return true;
        return false;
    }

    void RequireMove(State from, State to) const {
        if (Allows(from, to)) return;
        const auto& f = EntryOf(states, from);
        const auto& t = EntryOf(states, to);
        std::string next_vi, next_en;
        for (const auto& [a, b] : moves) {
            if (a != from) continue;
            const auto& n = EntryOf(states, b);
            next_vi += (next_vi.empty() ? "" : ", ") + std::string(n.vi);
            next_en += (next_en.empty() ? "" : ", ") + std::string(n.en);
        }
        if (next_vi.empty()) {
            next_vi = "không còn bước nào (đã kết thúc)";
            next_en = "none (it is final)";
        }
        throw DomainError(ErrorCode::InvalidTransition,
                          {"Không thể chuyển " + std::string(record_vi) + " từ '" + std::string(f.vi) +
                               "' sang '" + std::string(t.vi) + "'. Từ '" + std::string(f.vi) +
                               "' chỉ có thể chuyển sang: " + next_vi + ".",
                           "Cannot move the " + std::string(record_en) + " from '" + std::string(f.en) +
                               "' to '" + std::string(t.en) + "'. From '" + std::string(f.en) +
                               "' it can only move to: " + next_en + "."},
                          "state");
    }
};

}  // namespace innodesk::domain
