// The new application dialog.
#include "new_application_dialog.h"

#include "wx_text.h"

#include "domain/application_service.h"
#include "domain/enterprise_service.h"
#include "domain/programme_service.h"

namespace innodesk::gui {

NewApplicationDialog::NewApplicationDialog(wxWindow* parent, app::Workspace& session)
    : FormDialog(parent, _("New application"), "application_dialog"), m_session(session) {
    m_tax_code = Text(_("Enterprise tax code") + " *", "enterprise");
    m_programme = Choice(_("Programme") + " *", "programme");
    m_year = Number(_("Year") + " *", "year", 2000, 2100, session.Clock().Today().Year());
    m_year.label = _("Year");
    m_content = Choice(_("Support content") + " *", "content");
    m_title = Text(_("Title") + " *", "title");
    m_requested = Text(_("Requested support (VND)") + " *", "requested");
    m_co_funding = Text(_("Co-funding (VND)") + " *", "co_funding");
    Finish();
}

bool NewApplicationDialog::TransferDataToWindow() {
    m_programmes = m_session.Programmes().List();
    m_programme->Clear();
    for (const auto& programme : m_programmes)
        m_programme->Append(U(programme.code + " — " + programme.name));
    if (!m_programmes.empty()) m_programme->SetSelection(0);
    m_year.field->ChangeValue(wxString::Format("%d", m_session.Clock().Today().Year()));
    m_content->Clear();
    for (const auto& entry : domain::SupportContents())
        m_content->Append(
            U(std::string(CurrentLanguage() == domain::Language::Vietnamese ? entry.vi : entry.en)));
    m_content->SetSelection(0);
    m_co_funding->ChangeValue("0");
    return true;
}

bool NewApplicationDialog::TransferDataFromWindow() {
    if (m_programme->GetSelection() == wxNOT_FOUND)
        throw domain::DomainError(domain::ErrorCode::NotFound,
                                  {"Chưa có chương trình nào.", "There is no programme yet."}, "programme");
    domain::Application draft;
    draft.enterprise_id = m_session.Enterprises().GetByTaxCode(S(m_tax_code->GetValue())).id;
    draft.programme_id = m_programmes[static_cast<std::size_t>(m_programme->GetSelection())].id;
    draft.year = m_year.Value();
    draft.content = domain::SupportContents()[static_cast<std::size_t>(m_content->GetSelection())].value;
    draft.title = S(m_title->GetValue());
    draft.requested_amount = domain::Money::Parse(S(m_requested->GetValue()), "requested");
    draft.co_funding_amount = domain::Money::Parse(S(m_co_funding->GetValue()), "co_funding");
    m_created = m_session.Applications().Create(draft, m_session.Actor()).id;
    return true;
}

}  // namespace innodesk::gui
