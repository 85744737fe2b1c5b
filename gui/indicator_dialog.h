// The dialog that records the value of a target InnoDesk cannot compute (a GRDP share, a
// provincial rank), with where it comes from and the date it is for; for a qualitative target
// ("Tiên tiến, hiện đại") the officer's assessment, achieved or not, with a note.
#pragma once

#include "form_dialog.h"

#include "domain/target_evaluation.h"

#include <string>

namespace innodesk::gui {

class IndicatorDialog final : public FormDialog {
public:
    IndicatorDialog(wxWindow* parent, app::Workspace& session, const std::string& plan,
                    const domain::TargetEvaluation& target);

    bool TransferDataToWindow() override;
    bool TransferDataFromWindow() override;

private:
    app::Workspace& m_session;
    std::string m_plan;
    domain::TargetEvaluation m_target;
    bool m_qualitative;
    wxTextCtrl* m_value = nullptr;   // a figure; null for a qualitative target
    wxChoice* m_achieved = nullptr;  // achieved / not achieved; null otherwise
    wxTextCtrl* m_source;
    DateInput m_as_of;
};

}  // namespace innodesk::gui
