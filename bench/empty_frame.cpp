// The floor for the desktop's start-up benchmark: an empty wxWidgets frame, started the same way
// as innodesk and measured the same way (time since the process began until the frame is up and
// the event loop runs, and resident memory then).
#include "gui/startup_probe.h"

#include <wx/app.h>
#include <wx/frame.h>

#include <cstdio>

namespace {

class EmptyFrameApp : public wxApp {
public:
    bool OnInit() override {
        auto* frame =
            new wxFrame(nullptr, wxID_ANY, "InnoDesk baseline", wxDefaultPosition, wxSize(1280, 800));
        frame->Show();
        CallAfter([frame] {
            std::printf("%s\n",
                        innodesk::gui::StartupReport(innodesk::gui::SecondsSinceProcessStart()).c_str());
            std::fflush(stdout);
            frame->Close(true);
        });
        return true;
    }
};

}  // namespace

wxIMPLEMENT_APP(EmptyFrameApp);
