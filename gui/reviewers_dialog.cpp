// The reviewers dialog.
#include "reviewers_dialog.h"

#include "wx_text.h"

#include "domain/review_service.h"
#include "domain/user_service.h"

#include <wx/stattext.h>

#include <algorithm>

namespace innodesk::gui {

ReviewersDialog::ReviewersDialog(wxWindow* parent, app::Workspace& session, domain::ApplicationId application)
    : FormDialog(parent,
                 wxString::Format(_("Reviewers of application %lld"), static_cast<long long>(application)),
                 "reviewers_dialog"),
      m_session(session),
      m_application(application) {
    auto* below = Below();
    m_title = new wxStaticText(this, wxID_ANY, wxEmptyString);
    m_title->SetFont(m_title->GetFont().Bold());
    below->Add(m_title, 0, wxLEFT | wxRIGHT | wxTOP, 12);
    auto* explanation =
        new wxStaticText(this, wxID_ANY,
                         _("Only the officers ticked here may open, declare on and score this application. "
                           "Those who have already "
                           "declared stay on the council: their declaration is part of the record."));
    explanation->Wrap(FromDIP(440));
    below->Add(explanation, 0, wxALL, 12);
    m_list = new wxCheckListBox(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(440, 220)));
    m_list->SetName("reviewers");
    below->Add(m_list, 1, wxEXPAND | wxLEFT | wxRIGHT, 12);
    Finish({}, FormButtons(_("Save"), "save_reviewers", wxID_OK, {}, false));
}

bool ReviewersDialog::TransferDataToWindow() {
    const auto shown = m_session.Reviews().Show(m_application);
    auto named = [&](const std::string& name) {
        return std::any_of(shown.assignments.begin(), shown.assignments.end(),
                           [&](const domain::ReviewAssignment& a) { return a.reviewer == name; });
    };
    auto declared = [&](const std::string& name) {
        return std::any_of(shown.reviews.begin(), shown.reviews.end(),
                           [&](const domain::ReviewResult& r) { return r.review.reviewer == name; });
    };
    m_title->SetLabel(U(shown.application.title));
    m_list->Clear();
    m_names.clear();
    for (const auto& user : m_session.Users().List(m_session.Actor())) {
        if (user.role != domain::Role::Officer || user.disabled) continue;
        wxString label = U(user.display_name) + " (" + U(user.name) + ")";
        if (declared(user.name)) label += " — " + _("has declared");
        const int index = m_list->Append(label);
        m_list->Check(static_cast<unsigned>(index), named(user.name) || declared(user.name));
        m_names.push_back(user.name);
    }
    // Reviewers recorded without an officer account of this database (imported or generated
    // records) stay listed, so that saving keeps them.
    auto add_other = [&](const std::string& name, bool has_declared) {
        if (std::find(m_names.begin(), m_names.end(), name) != m_names.end()) return;
        wxString label = U(name);
        if (has_declared) label += " — " + _("has declared");
        const int index = m_list->Append(label);
        m_list->Check(static_cast<unsigned>(index));
        m_names.push_back(name);
    };
    for (const auto& result : shown.reviews) add_other(result.review.reviewer, true);
    for (const auto& assignment : shown.assignments) add_other(assignment.reviewer, false);
    return true;
}

bool ReviewersDialog::TransferDataFromWindow() {
    std::vector<std::string> chosen;
    for (unsigned i = 0; i < m_list->GetCount(); ++i)
        if (m_list->IsChecked(i)) chosen.push_back(m_names[i]);
    // Refused as a whole (the dialog stays open, nothing changed) when a reviewer who declared
    // was unticked, or the application has left review meanwhile.
    m_session.Reviews().SetReviewers(m_application, chosen, m_session.Actor());
    return true;
}

}  // namespace innodesk::gui
