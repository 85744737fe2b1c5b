// The enterprise list as a virtual model: rows are read from the database a page at a time as
// they scroll into view, so 100,000 enterprises cost what one screenful does. With a search
// query the matches are read at once (at most kMaxMatches), in Vietnamese collation order.
// A filter (commune, sector) narrows both ways of reading.
#pragma once

#include "app/workspace.h"
#include "domain/enterprise.h"
#include "domain/repositories.h"

#include <wx/dataview.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace innodesk::gui {

class EnterpriseListModel final : public wxDataViewVirtualListModel {
public:
    static constexpr std::size_t kMaxMatches = 5000;
    enum Column : unsigned { kName, kTaxCode, kCommune, kProvince, kLegalForm, kColumnCount };

    explicit EnterpriseListModel(app::Workspace& session) : m_session(session) {}

    // Empty query and filter: every enterprise. Returns the number of rows now shown.
    std::size_t SetQuery(const std::string& query, const domain::EnterpriseFilter& filter = {});
    const domain::Enterprise* At(unsigned row) const;
    // The enterprise's row among the matches of a search; nullopt without a query (rows are read
    // page by page then) or when it is not among them.
    std::optional<unsigned> RowOfMatch(domain::EnterpriseId id) const;
    bool Truncated() const { return m_truncated; }

    unsigned GetColumnCount() const override { return kColumnCount; }
    wxString GetColumnType(unsigned) const override { return "string"; }
    void GetValueByRow(wxVariant& value, unsigned row, unsigned column) const override;
    bool SetValueByRow(const wxVariant&, unsigned, unsigned) override { return false; }

private:
    static constexpr std::size_t kPage = 200;

    app::Workspace& m_session;
    std::string m_query;
    domain::EnterpriseFilter m_filter;
    std::vector<domain::Enterprise> m_matches;                               // with a query
    mutable std::map<std::size_t, std::vector<domain::Enterprise>> m_pages;  // without one
    bool m_truncated = false;
};

}  // namespace innodesk::gui
