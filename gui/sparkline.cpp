// Sparklines.
#include "sparkline.h"

#include <wx/dcbuffer.h>
#include <wx/settings.h>

#include <algorithm>

namespace innodesk::gui {

Sparkline::Sparkline(wxWindow* parent, std::vector<std::optional<double>> values, wxString tooltip)
    : wxWindow(parent, wxID_ANY, wxDefaultPosition, parent->FromDIP(wxSize(72, 28))),
      m_values(std::move(values)) {
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    SetToolTip(tooltip);
    Bind(wxEVT_PAINT, &Sparkline::OnPaint, this);
}

void Sparkline::OnPaint(wxPaintEvent&) {
    wxAutoBufferedPaintDC dc(this);
    dc.SetBackground(wxBrush(GetParent()->GetBackgroundColour()));
    dc.Clear();
    if (m_values.empty()) return;
    const wxSize size = GetClientSize();
    double highest = 0;
    for (const auto& value : m_values)
        if (value) highest = std::max(highest, *value);
    const int slot = size.GetWidth() / static_cast<int>(m_values.size());
    const int bar = std::max(2, slot - FromDIP(4));
    const int baseline = size.GetHeight() - FromDIP(2);
    dc.SetPen(*wxTRANSPARENT_PEN);
    for (std::size_t i = 0; i < m_values.size(); ++i) {
        const int x = static_cast<int>(i) * slot + (slot - bar) / 2;
        if (!m_values[i]) {
            dc.SetBrush(wxBrush(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT)));
            dc.DrawCircle(x + bar / 2, baseline - FromDIP(2), FromDIP(1));
            continue;
        }
        const int height =
            highest > 0
                ? std::max(FromDIP(1), static_cast<int>(*m_values[i] / highest * (baseline - FromDIP(2))))
                : FromDIP(1);
        dc.SetBrush(wxBrush(wxColour(0x1E, 0x63, 0xB4)));
        dc.DrawRectangle(x, baseline - height, bar, height);
    }
}

}  // namespace innodesk::gui
