// The new IP filing dialog.
#include "new_filing_dialog.h"

#include "wx_text.h"

#include "domain/ip_service.h"
#include "domain/programme_service.h"

namespace innodesk::gui {

NewFilingDialog::NewFilingDialog(wxWindow* parent, app::Workspace& session)
    : FormDialog(parent, _("New IP filing"), "new_filing_dialog"),
      m_session(session),
      m_enterprise(Enterprise(_("Enterprise tax code") + " *", "filing_tax_code", session)) {
    m_type = Choice(_("Type") + " *", "ip_type");
    m_route = Choice(_("Route") + " *", "ip_route");
    m_country = Text(_("Country (ISO code, national offices)"), "country");
    m_title = Text(_("Subject") + " *", "ip_title");
    m_number = Text(_("Application number"), "application_number");
    m_filed = Date(_("Filed on") + " *", "filed_on", session.Clock().Today());
    m_amount = Text(_("Supported amount (VND)"), "supported_amount");
    m_programme = Choice(_("Programme"), "programme");
    Finish();
}

bool NewFilingDialog::TransferDataToWindow() {
    m_programmes = m_session.Programmes().List();
    m_type->Clear();
    for (const auto& entry : domain::IpTypes()) m_type->Append(EnumLabel(domain::IpTypes(), entry.value));
    m_type->SetSelection(0);
    m_route->Clear();
    for (const auto& entry : domain::IpRoutes()) m_route->Append(EnumLabel(domain::IpRoutes(), entry.value));
    m_route->SetSelection(0);
    m_filed.Show(m_session.Clock().Today());
    m_amount->ChangeValue("0");
    m_programme->Clear();
    m_programme->Append(_("(none)"));
    for (const auto& p : m_programmes) m_programme->Append(U(p.code + " — " + p.name));
    m_programme->SetSelection(m_programmes.empty() ? 0 : 1);
    return true;
}

bool NewFilingDialog::TransferDataFromWindow() {
    domain::IpFiling filing;
    filing.enterprise_id = m_enterprise.Resolve().id;
    filing.type = domain::IpTypes()[static_cast<std::size_t>(m_type->GetSelection())].value;
    filing.route = domain::IpRoutes()[static_cast<std::size_t>(m_route->GetSelection())].value;
    filing.country = S(m_country->GetValue());
    filing.title = S(m_title->GetValue());
    if (!m_number->GetValue().Strip(wxString::both).empty())
        filing.application_number = S(m_number->GetValue());
    filing.filed_on = m_filed.Value();
    filing.supported_amount = domain::Money::Parse(S(m_amount->GetValue()), "supported_amount");
    if (m_programme->GetSelection() > 0)
        filing.programme_id = m_programmes[static_cast<std::size_t>(m_programme->GetSelection() - 1)].id;
    m_added = m_session.IpFilings().Add(filing, m_session.Actor()).id;
    return true;
}

}  // namespace innodesk::gui
