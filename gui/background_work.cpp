// Background work with a progress dialog.
#include "background_work.h"

#include <wx/progdlg.h>
#include <wx/utils.h>

#include <atomic>
#include <exception>
#include <thread>

namespace innodesk::gui {
namespace {

class SharedProgress final : public domain::ProgressObserver {
public:
    void Progress(std::size_t done, std::size_t total) override {
        m_done = done;
        m_total = total;
    }
    bool CancelRequested() const override { return m_cancel; }

    std::atomic<std::size_t> m_done{0};
    std::atomic<std::size_t> m_total{0};
    std::atomic<bool> m_cancel{false};
};

}  // namespace

void RunInBackground(wxWindow* parent, const wxString& title, const wxString& message,
                     const std::function<void(domain::ProgressObserver&)>& work) {
    SharedProgress progress;
    std::atomic<bool> finished{false};
    std::exception_ptr failure;
    std::thread worker([&] {
        try {
            work(progress);
        } catch (...) {
            failure = std::current_exception();
        }
        finished = true;
    });
    {
        wxProgressDialog dialog(title, message, 1000, parent,
                                wxPD_APP_MODAL | wxPD_CAN_ABORT | wxPD_ELAPSED_TIME);
        while (!finished) {
            const std::size_t total = progress.m_total;
            const int permille =
                total == 0 ? 0 : static_cast<int>(std::min<std::size_t>(999, progress.m_done * 1000 / total));
            const bool keep_going = total == 0 ? dialog.Pulse() : dialog.Update(permille);
            if (!keep_going) progress.m_cancel = true;
            wxMilliSleep(50);
        }
    }
    worker.join();
    if (failure) std::rethrow_exception(failure);
}

}  // namespace innodesk::gui
