// Enterprise list model.
#include "enterprise_list_model.h"

#include "wx_text.h"

#include "domain/enterprise_service.h"

namespace innodesk::gui {

std::size_t EnterpriseListModel::SetQuery(const std::string& query, const domain::EnterpriseFilter& filter) {
    m_query = query;
    m_filter = filter;
    m_pages.clear();
    m_matches.clear();
    m_truncated = false;
    auto service = m_session.Enterprises();
    std::size_t count = 0;
    if (query.find_first_not_of(" \t") == std::string::npos) {
        m_query.clear();
        count = static_cast<std::size_t>(service.Count(filter));
    } else {
        m_matches = service.Search(query, filter, kMaxMatches + 1);
        m_truncated = m_matches.size() > kMaxMatches;
        if (m_truncated) m_matches.resize(kMaxMatches);
        count = m_matches.size();
    }
    Reset(static_cast<unsigned>(count));
    return count;
}

const domain::Enterprise* EnterpriseListModel::At(unsigned row) const {
    if (!m_query.empty()) return row < m_matches.size() ? &m_matches[row] : nullptr;
    const std::size_t first = row / kPage * kPage;
    auto page = m_pages.find(first);
    if (page == m_pages.end()) {
        if (m_pages.size() > 50) m_pages.clear();  // keep memory flat while scrolling far
        auto service = m_session.Enterprises();
        page = m_pages.emplace(first, service.Search("", m_filter, kPage, first)).first;
    }
    const std::size_t index = row - first;
    return index < page->second.size() ? &page->second[index] : nullptr;
}

std::optional<unsigned> EnterpriseListModel::RowOfMatch(domain::EnterpriseId id) const {
    if (m_query.empty()) return std::nullopt;
    for (std::size_t row = 0; row < m_matches.size(); ++row)
        if (m_matches[row].id == id) return static_cast<unsigned>(row);
    return std::nullopt;
}

void EnterpriseListModel::GetValueByRow(wxVariant& value, unsigned row, unsigned column) const {
    const domain::Enterprise* e = nullptr;
    try {
        e = At(row);
    } catch (const std::exception&) {
        e = nullptr;  // a failed read shows an empty row; the page reports errors on reload
    }
    if (!e) {
        value = wxString();
        return;
    }
    const bool vi = CurrentLanguage() == domain::Language::Vietnamese;
    switch (column) {
        case kName:
            value = U(e->name);
            break;
        case kTaxCode:
            value = U(e->tax_code.Value());
            break;
        case kCommune:
            value = U(e->commune);
            break;
        case kProvince:
            value = U(e->province);
            break;
        case kLegalForm: {
            const auto& form = domain::EntryOf(domain::LegalForms(), e->legal_form);
            value = U(std::string(vi ? form.vi : form.en));
            break;
        }
        default:
            value = wxString();
    }
}

}  // namespace innodesk::gui
