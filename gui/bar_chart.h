// A horizontal bar chart of labelled values (support by content, by commune): one bar a row,
// the label on the left, the value written at the bar's end.
#pragma once

#include <wx/window.h>

#include <vector>

namespace innodesk::gui {

struct ChartBar {
    wxString label;
    double value = 0;
    wxString value_text;  // what is written at the end of the bar
};

class BarChart final : public wxWindow {
public:
    BarChart(wxWindow* parent, const wxString& name);
    void SetBars(std::vector<ChartBar> bars);
    const std::vector<ChartBar>& Bars() const { return m_bars; }

private:
    void OnPaint(wxPaintEvent& event);
    std::vector<ChartBar> m_bars;
};

}  // namespace innodesk::gui
