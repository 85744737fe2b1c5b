// Bar charts.
#include "bar_chart.h"

#include <wx/control.h>
#include <wx/dcbuffer.h>
#include <wx/settings.h>

#include <algorithm>

namespace innodesk::gui {

BarChart::BarChart(wxWindow* parent, const wxString& name) : wxWindow(parent, wxID_ANY) {
    SetName(name);
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    Bind(wxEVT_PAINT, &BarChart::OnPaint, this);
}

void BarChart::SetBars(std::vector<ChartBar> bars) {
    m_bars = std::move(bars);
    const int row = FromDIP(20);
    SetMinSize(wxSize(FromDIP(300), row * std::max<int>(1, static_cast<int>(m_bars.size())) + FromDIP(4)));
    InvalidateBestSize();
    Refresh();
}

void BarChart::OnPaint(wxPaintEvent&) {
    wxAutoBufferedPaintDC dc(this);
    dc.SetBackground(wxBrush(GetParent()->GetBackgroundColour()));
    dc.Clear();
    dc.SetFont(GetFont());
    const wxColour text = wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT);
    dc.SetTextForeground(text);
    if (m_bars.empty()) {
        dc.SetTextForeground(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
        dc.DrawText(_("Nothing recorded in this period."), FromDIP(4), FromDIP(2));
        return;
    }
    const wxSize size = GetClientSize();
    const int row = FromDIP(20);
    const int label_width = std::min(size.GetWidth() * 2 / 5, FromDIP(220));
    // Room for the widest figure beside the longest bar, so that no figure runs off the edge.
    int value_width = FromDIP(60);
    for (const auto& bar : m_bars)
        value_width = std::max(value_width, dc.GetTextExtent(bar.value_text).GetWidth());
    const int bar_room = std::max(10, size.GetWidth() - label_width - value_width - FromDIP(12));
    double highest = 0;
    for (const auto& bar : m_bars) highest = std::max(highest, bar.value);
    for (std::size_t i = 0; i < m_bars.size(); ++i) {
        const auto& bar = m_bars[i];
        const int y = static_cast<int>(i) * row + FromDIP(2);
        // Labels too long for their column end in an ellipsis; the full text is in the export.
        const wxString label = wxControl::Ellipsize(bar.label, dc, wxELLIPSIZE_END, label_width - FromDIP(6));
        dc.DrawText(label, FromDIP(2), y + (row - dc.GetCharHeight()) / 2 - FromDIP(1));
        const int length = highest > 0 ? std::max(1, static_cast<int>(bar.value / highest * bar_room)) : 1;
        dc.SetPen(*wxTRANSPARENT_PEN);
        dc.SetBrush(wxBrush(wxColour(0x2E, 0x7D, 0x32)));
        dc.DrawRectangle(label_width, y + FromDIP(3), length, row - FromDIP(8));
        dc.DrawText(bar.value_text, label_width + length + FromDIP(6),
                    y + (row - dc.GetCharHeight()) / 2 - FromDIP(1));
    }
}

}  // namespace innodesk::gui
