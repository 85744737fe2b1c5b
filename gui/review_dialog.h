// The dialog in which a reviewer declares a conflict of interest in an application and, without
// one, scores it criterion by criterion.
#pragma once

#include "form_dialog.h"

#include "domain/review.h"

#include <optional>
#include <vector>

#include <wx/checkbox.h>

namespace innodesk::gui {

// The conflict declaration comes first (its own button, saved at once); only without a conflict
// do the rubric's criteria open for scoring, and Submit scores saves them. The weighted total is
// shown as the scores are typed, worked out by the domain's rule, with what is wrong with a score.
class ReviewDialog final : public FormDialog {
public:
    ReviewDialog(wxWindow* parent, app::Workspace& session, domain::ApplicationId id);

    bool TransferDataToWindow() override;
    bool TransferDataFromWindow() override;

private:
    std::optional<domain::Review> Mine();
    void UpdateState();
    void Declare();
    // The weighted total of the scores typed so far, or what is wrong with one of them.
    void ShowTotal();

    app::Workspace& m_session;
    domain::ApplicationId m_id;
    domain::Rubric m_rubric;
    bool m_declared = false;
    bool m_has_conflict = false;
    wxCheckBox* m_conflict;
    wxTextCtrl* m_note;
    std::vector<wxTextCtrl*> m_scores;
    wxTextCtrl* m_comment;
    wxStaticText* m_total;
    wxStaticText* m_score_problem;
};

}  // namespace innodesk::gui
