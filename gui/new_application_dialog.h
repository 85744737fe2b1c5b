// The dialog that creates an application (enterprise by tax code, programme, year, support
// content, title and amounts) or corrects a draft or submitted one. The programme's caps and the
// year's budget are checked as the amounts are typed; a correction made by someone else since the
// form was filled is offered to be reloaded or overwritten.
#pragma once

#include "form_dialog.h"

#include "domain/application.h"
#include "domain/programme.h"

#include <optional>
#include <vector>

namespace innodesk::gui {

class NewApplicationDialog final : public FormDialog {
public:
    // A new application.
    NewApplicationDialog(wxWindow* parent, app::Workspace& session);
    // Corrects `editing`, as read (its version is the one the officer sees).
    NewApplicationDialog(wxWindow* parent, app::Workspace& session, const domain::Application& editing);
    domain::ApplicationId Created() const { return m_created; }

    bool TransferDataToWindow() override;
    bool TransferDataFromWindow() override;

private:
    void AddFields();
    // The application as the form holds it now; throws when a field does not read.
    domain::Application Draft() const;
    // The caps and budget the requested amount would break, under the amounts, as they are typed.
    void CheckAmounts();
    // Edit mode: saves, and on a concurrent change asks whether to reload or overwrite.
    bool SaveCorrection(domain::Application edited);

    app::Workspace& m_session;
    std::optional<domain::Application> m_editing;
    std::vector<domain::Programme> m_programmes;
    wxTextCtrl* m_tax_code;
    wxChoice* m_programme;
    WholeNumberInput m_year;
    wxChoice* m_content;
    wxTextCtrl* m_title;
    wxTextCtrl* m_requested;
    wxTextCtrl* m_co_funding;
    wxStaticText* m_amount_problems;
    domain::ApplicationId m_created = 0;
};

}  // namespace innodesk::gui
