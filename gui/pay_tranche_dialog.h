// The dialog that records a planned tranche paid: which one, when, and the payment's reference.
#pragma once

#include "form_dialog.h"

#include "domain/task_service.h"

#include <vector>

namespace innodesk::gui {

class PayTrancheDialog final : public FormDialog {
public:
    PayTrancheDialog(wxWindow* parent, app::Workspace& session, const domain::TaskFile& file);

    bool TransferDataToWindow() override;
    bool TransferDataFromWindow() override;

private:
    app::Workspace& m_session;
    domain::TaskFile m_file;
    std::vector<domain::Tranche> m_planned;
    wxChoice* m_tranche;
    DateInput m_paid_on;
    wxTextCtrl* m_reference;
};

}  // namespace innodesk::gui
