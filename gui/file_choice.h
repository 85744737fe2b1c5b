// Asking the person for a file to open or to save into, through the system's file chooser.
// One place for it, so that every question is named (the GUI tests answer by name instead of
// driving GTK's native chooser, whose widgets are not wx windows).
#pragma once

#include <wx/string.h>
#include <wx/window.h>

#include <functional>
#include <optional>

namespace innodesk::gui {

struct FileQuestion {
    wxString name;  // "export_file", "import_attendance_file", …
    wxString title;
    wxString default_name;  // the file name offered when saving
    wxString wildcard;      // "Excel workbook (*.xlsx)|*.xlsx|…"
    bool save = false;      // save (asks before overwriting) or open (the file must exist)
};

// The chosen path, or nullopt when the person cancelled.
std::optional<wxString> ChooseFile(wxWindow* parent, const FileQuestion& question);

// For tests: questions are answered by `answer` instead of the chooser until it is reset with
// an empty function.
void AnswerFileQuestionsWith(std::function<std::optional<wxString>(const FileQuestion&)> answer);

}  // namespace innodesk::gui
