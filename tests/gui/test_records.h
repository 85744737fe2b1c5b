// What the GUI tests share besides driving windows: answering the program's file questions as a
// person picking a file would, and tax codes nobody has registered.
#pragma once

#include "app/workspace.h"

#include <filesystem>
#include <string>

namespace innodesk::gui::testing {

// While alive, answers every file question with `path`; only the question named `expected`
// may be asked (a CHECK fails otherwise).
class AnswerFiles {
public:
    AnswerFiles(std::string expected, std::filesystem::path path);
    ~AnswerFiles();
    AnswerFiles(const AnswerFiles&) = delete;
    AnswerFiles& operator=(const AnswerFiles&) = delete;
};

// A valid tax code (42…, Khánh Hòa's tax office) that nobody has registered, searched from
// `start` so that tests wanting several get different ones.
std::string UnusedTaxCode(app::Workspace& session, int start = 1234567);

}  // namespace innodesk::gui::testing
