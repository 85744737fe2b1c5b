// File questions.
#include "file_choice.h"

#include <wx/filedlg.h>

namespace innodesk::gui {
namespace {

std::function<std::optional<wxString>(const FileQuestion&)>& Answerer() {
    static std::function<std::optional<wxString>(const FileQuestion&)> answer;
    return answer;
}

}  // namespace

std::optional<wxString> ChooseFile(wxWindow* parent, const FileQuestion& question) {
    if (Answerer()) return Answerer()(question);
    wxFileDialog chooser(
        parent, question.title, wxEmptyString, question.default_name, question.wildcard,
        question.save ? wxFD_SAVE | wxFD_OVERWRITE_PROMPT : wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    chooser.SetName(question.name);
    if (chooser.ShowModal() != wxID_OK) return std::nullopt;
    return chooser.GetPath();
}

void AnswerFileQuestionsWith(std::function<std::optional<wxString>(const FileQuestion&)> answer) {
    Answerer() = std::move(answer);
}

}  // namespace innodesk::gui
