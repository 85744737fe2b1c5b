// Shared test data and answers.
#include "test_records.h"

#include "gui/file_choice.h"

#include "domain/enterprise_service.h"
#include "domain/errors.h"
#include "domain/tax_code.h"

#include <catch2/catch.hpp>

#include <optional>

namespace innodesk::gui::testing {

AnswerFiles::AnswerFiles(std::string expected, std::filesystem::path path) {
    AnswerFileQuestionsWith([expected = std::move(expected), path = std::move(path)](
                                const FileQuestion& question) -> std::optional<wxString> {
        CHECK(question.name.utf8_string() == expected);
        return wxString::FromUTF8(path.string());
    });
}

AnswerFiles::~AnswerFiles() {
    AnswerFileQuestionsWith(nullptr);
}

std::string UnusedTaxCode(app::Workspace& session, int start) {
    auto enterprises = session.Enterprises();
    for (int serial = start; serial < start + 200; ++serial) {
        const std::string nine = "42" + std::to_string(serial);
        const auto check = domain::TaxCode::CheckDigitFor(nine);
        if (!check) continue;
        const std::string code = nine + std::to_string(*check);
        try {
            enterprises.GetByTaxCode(code);
        } catch (const domain::DomainError& error) {
            if (error.Code() == domain::ErrorCode::NotFound) return code;
            throw;
        }
    }
    FAIL("no unused tax code found");
    return {};
}

}  // namespace innodesk::gui::testing
