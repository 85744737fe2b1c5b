// What the report tests share: running the outside programs they read the outputs with (python3 +
// openpyxl, pdftotext, pdffonts, pdfinfo), a temporary folder for the outputs, and catching the
// error a call throws.
#pragma once

#include "domain/errors.h"

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace innodesk::reports::test {

struct ToolResult {
    int exit_code = -1;
    std::string out;
};

// Runs `program` with `arguments` (no shell) and captures its standard output; fails the test
// with a hint when the program was not found at configure time (an empty path).
ToolResult RunTool(const std::string& program, const std::vector<std::string>& arguments);

std::string PdfText(const std::filesystem::path& pdf);   // pdftotext -enc UTF-8 FILE -
std::string PdfFonts(const std::filesystem::path& pdf);  // pdffonts FILE
int PdfPages(const std::filesystem::path& pdf);          // "Pages:" of pdfinfo FILE

// What tests/reports/read_docx.py prints for a .docx (python-docx): paragraphs with their runs'
// fonts, tables' cells, the page's size and margins in millimetres. Fails the test when
// /usr/bin/python3 or python-docx (Debian package python3-docx) is missing.
std::string DocxJson(const std::filesystem::path& docx);

std::string ReadBytes(const std::filesystem::path& file);

// The DomainError that `action` throws; fails the test if it throws nothing.
domain::DomainError ErrorFrom(const std::function<void()>& action);

// A fresh folder under the system's temporary folder, removed with everything in it.
class TemporaryFolder {
public:
    TemporaryFolder();
    ~TemporaryFolder();
    TemporaryFolder(const TemporaryFolder&) = delete;
    TemporaryFolder& operator=(const TemporaryFolder&) = delete;
    const std::filesystem::path& Path() const { return m_path; }
    std::filesystem::path operator/(const std::string& name) const { return m_path / name; }
    // The names of the entries in the folder, sorted: what a failed write must not leave behind.
    std::vector<std::string> Entries() const;

private:
    std::filesystem::path m_path;
};

}  // namespace innodesk::reports::test
