// The IP filing status dialog.
#include "ip_status_dialog.h"

#include "wx_text.h"

#include "domain/ip_service.h"

namespace innodesk::gui {

IpStatusDialog::IpStatusDialog(wxWindow* parent, app::Workspace& session, const domain::IpFiling& filing)
    : FormDialog(parent, wxString::Format(_("Status of: %s"), U(filing.title)), "ip_status_dialog"),
      m_session(session),
      m_filing(filing) {
    m_to = Choice(_("New status") + " *", "ip_status");
    m_on = Date(_("On") + " *", "status_on", session.Clock().Today());
    m_number = Text(_("Application number"), "application_number");
    m_note = Text(_("Note"), "note");
    Finish(wxString::Format(_("Now: %s since %s"), EnumLabel(domain::IpLifecycle().states, filing.status),
                            U(filing.status_on.Format())));
}

bool IpStatusDialog::TransferDataToWindow() {
    m_next.clear();
    for (const auto& entry : domain::IpLifecycle().states)
        if (domain::IpLifecycle().Allows(m_filing.status, entry.value)) m_next.push_back(entry.value);
    m_to->Clear();
    for (const auto status : m_next) m_to->Append(EnumLabel(domain::IpLifecycle().states, status));
    if (!m_next.empty()) m_to->SetSelection(0);
    m_on.Show(m_session.Clock().Today());
    m_number->ChangeValue(m_filing.application_number ? U(*m_filing.application_number) : wxString());
    return true;
}

bool IpStatusDialog::TransferDataFromWindow() {
    if (m_to->GetSelection() == wxNOT_FOUND)
        throw domain::DomainError(domain::ErrorCode::InvalidTransition,
                                  {"Hồ sơ đã ở trạng thái cuối; không còn bước nào.",
                                   "The filing is in a final status; there is no further step."},
                                  "status");
    domain::IpStatusUpdate update;
    update.to = m_next[static_cast<std::size_t>(m_to->GetSelection())];
    update.on = m_on.Value();
    if (!m_number->GetValue().Strip(wxString::both).empty())
        update.application_number = S(m_number->GetValue());
    update.note = S(m_note->GetValue());
    update.expected_version = m_filing.version;
    m_session.IpFilings().UpdateStatus(m_filing.id, update, m_session.Actor());
    return true;
}

}  // namespace innodesk::gui
