// The dialog that records a new training course, workshop or connection event.
#pragma once

#include "form_dialog.h"

#include "domain/programme.h"
#include "domain/training.h"

#include <vector>

namespace innodesk::gui {

// A training course, workshop or connection event, for a programme or on its own.
class NewEventDialog final : public FormDialog {
public:
    NewEventDialog(wxWindow* parent, app::Workspace& session);
    domain::TrainingEventId Added() const { return m_added; }

    bool TransferDataToWindow() override;
    bool TransferDataFromWindow() override;

private:
    app::Workspace& m_session;
    std::vector<domain::Programme> m_programmes;
    wxTextCtrl* m_title;
    wxChoice* m_kind;
    DateInput m_starts;
    DateInput m_ends;
    wxTextCtrl* m_location;
    wxTextCtrl* m_organiser;
    wxChoice* m_programme;
    domain::TrainingEventId m_added = 0;
};

}  // namespace innodesk::gui
