// Driving the real windows from a test: widgets found by name, user actions injected as the
// events GTK would send, modal dialogs scripted from inside their own modal loop (with a timeout
// that fails the test instead of hanging it), waiting on timers, and screenshots.
#pragma once

#include <catch2/catch.hpp>

#include <wx/dialog.h>
#include <wx/modalhook.h>
#include <wx/string.h>
#include <wx/timer.h>
#include <wx/window.h>

#include <chrono>
#include <deque>
#include <exception>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

class wxDataViewListCtrl;
class wxFrame;

namespace innodesk::gui::testing {

// Something went wrong outside the test's own code (a wx assertion, an exception that reached
// the event loop). Collected here; ModalScript::Verify and the program's exit status report it.
void RecordGuiFailure(const std::string& what);
std::vector<std::string> TakeGuiFailures();

struct MessageBoxShown {
    wxString caption;
    wxString message;
    long style = 0;
};

// Every modal dialog the code under test opens passes through here (wxModalDialogHook):
// - message boxes are answered at once without being shown (OK, or Yes when asked a question)
//   and kept for the test to look at; an error box is a failure unless allowed;
// - a dialog the test expects is shown, and its interaction runs inside the dialog's modal loop;
//   the interaction must close the dialog (normally by clicking its button);
// - any other dialog is a failure and is not shown (ShowModal returns wxID_CANCEL);
// - a dialog still open after the timeout is closed with wxID_CANCEL and is a failure.
class ModalScript final : public wxModalDialogHook {
public:
    using Interaction = std::function<void(wxDialog&)>;
    static constexpr std::chrono::milliseconds kTimeout{10'000};

    ModalScript();
    ~ModalScript() override;
    ModalScript(const ModalScript&) = delete;
    ModalScript& operator=(const ModalScript&) = delete;

    // The next dialog to open must be the one named `name`.
    void Expect(const wxString& name, Interaction interaction);
    void AllowErrorBoxes(bool allow) { m_allow_errors = allow; }
    const std::vector<MessageBoxShown>& MessageBoxes() const { return m_boxes; }
    void ClearMessageBoxes() { m_boxes.clear(); }
    // Fails the running test when a scripted interaction failed, a dialog opened unexpectedly or
    // stayed open, an error box appeared, an expected dialog never opened, or wx reported a
    // failure. Rethrows an assertion that failed inside an interaction. Clears what it reported.
    void Verify();
    // What Verify would report, without failing: for the end of a test case.
    std::vector<std::string> TakeFailures();

protected:
    int Enter(wxDialog* dialog) override;
    void Exit(wxDialog* dialog) override;

private:
    struct Expected {
        wxString name;
        Interaction interaction;
    };
    class Watchdog;
    void Run(wxDialog* dialog, const Interaction& interaction);

    std::deque<Expected> m_expected;
    std::map<wxDialog*, std::unique_ptr<Watchdog>> m_open;
    std::vector<MessageBoxShown> m_boxes;
    std::vector<std::string> m_failures;
    std::exception_ptr m_exception;
    bool m_allow_errors = false;
};

// The descendant of `root` (or `root` itself) named `name`; fails the test unless there is
// exactly one and it is a T. Names only, never labels (unlike wxWindow::FindWindowByName).
wxWindow* FindNamed(wxWindow& root, const wxString& name);
template <typename T>
T& Find(wxWindow& root, const wxString& name) {
    wxWindow* window = FindNamed(root, name);
    INFO("window named " << name.utf8_string());
    REQUIRE(window != nullptr);
    auto* typed = dynamic_cast<T*>(window);
    REQUIRE(typed != nullptr);
    return *typed;
}

// A click, as GTK reports it: fails the test if the button is disabled (a user could not click
// it). Returns after the handler, including any modal dialog it opened, has finished.
void Click(wxWindow& button);
void Click(wxWindow& root, const wxString& name);
// Clicks even a disabled button, to show that the handler itself also refuses.
void ForceClick(wxWindow& button);
// Typing into a text field or search field: the value, then the wxEVT_TEXT it causes.
void Type(wxWindow& root, const wxString& name, const wxString& text);
// Keystrokes as GTK delivers them: inserted at the caret, after whatever the field already holds
// (a field showing a hand-made grey hint holds the hint's words), then the field's wxEVT_TEXT.
void TypeAtCaret(wxWindow& root, const wxString& name, const wxString& text);
void SetSpin(wxWindow& root, const wxString& name, int value);
void SetCheck(wxWindow& root, const wxString& name, bool value);
void Choose(wxWindow& root, const wxString& name, const wxString& item);
void TickListItem(wxWindow& root, const wxString& name, unsigned index, bool ticked = true);
// The frame's navigation list, as a click on the page's name.
void ShowPage(wxFrame& frame, const wxString& page_name);
// A menu command of the frame, by menu and item label ("View", "Refresh").
void Menu(wxFrame& frame, const wxString& menu, const wxString& item);

// A table page's row whose first column (the record id) is `id`, or -1.
int RowOf(wxDataViewListCtrl& list, std::int64_t id);
// Selects that row as a click would; fails the test when it is not shown.
void SelectRow(wxDataViewListCtrl& list, std::int64_t id);
wxString Cell(wxDataViewListCtrl& list, std::int64_t id, unsigned column);
// A static text's label with the line breaks that Wrap() inserted turned back into spaces.
wxString UnwrappedLabel(wxWindow& root, const wxString& name);

// Runs the event loop (timers, idle, repaint) until `done` or the timeout; returns `done()`.
bool WaitUntil(const std::function<bool()>& done,
               std::chrono::milliseconds timeout = std::chrono::seconds(5));
void Pump(std::chrono::milliseconds duration);

// What the window shows now, as the X server has it, saved as PNG. Returns false when the
// window's pixels could not be read.
bool Screenshot(wxWindow& window, const std::filesystem::path& png);

}  // namespace innodesk::gui::testing
