// The GUI test driver.
#include "gui_driver.h"

#include "gui/page.h"

#include <wx/app.h>
#include <wx/bitmap.h>
#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/dataview.h>
#include <wx/dcmemory.h>
#include <wx/dcscreen.h>
#include <wx/frame.h>
#include <wx/listbox.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/radiobut.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textentry.h>
#include <wx/utils.h>

#include <set>

namespace innodesk::gui::testing {
namespace {

std::vector<std::string>& GuiFailures() {
    static std::vector<std::string> failures;
    return failures;
}

std::string Describe(const wxWindow& window) {
    return "'" + window.GetName().utf8_string() + "' (" + window.GetLabel().utf8_string() + ")";
}

void Send(wxWindow& window, wxCommandEvent& event) {
    event.SetEventObject(&window);
    // As GTK's signal handlers do: the window's own handler chain, then its parents'.
    window.HandleWindowEvent(event);
}

void FindAll(wxWindow& window, const wxString& name, std::vector<wxWindow*>& found) {
    if (window.GetName() == name) found.push_back(&window);
    for (wxWindow* child : window.GetChildren()) FindAll(*child, name, found);
}

}  // namespace

void RecordGuiFailure(const std::string& what) {
    GuiFailures().push_back(what);
}
std::vector<std::string> TakeGuiFailures() {
    return std::exchange(GuiFailures(), {});
}

// Closes a dialog that outlived its time and says so.
class ModalScript::Watchdog final : public wxTimer {
public:
    Watchdog(ModalScript& script, wxDialog* dialog) : m_script(script), m_dialog(dialog) {}
    void Notify() override {
        if (!m_dialog->IsModal()) return;
        m_script.m_failures.push_back("dialog " + Describe(*m_dialog) + " was still open after " +
                                      std::to_string(kTimeout.count()) + " ms; closed with Cancel");
        m_dialog->EndModal(wxID_CANCEL);
    }

private:
    ModalScript& m_script;
    wxDialog* m_dialog;
};

ModalScript::ModalScript() {
    Register();
}

ModalScript::~ModalScript() {
    Unregister();
    for (auto& [dialog, watchdog] : m_open) watchdog->Stop();
}

void ModalScript::Expect(const wxString& name, Interaction interaction) {
    m_expected.push_back({name, std::move(interaction)});
}

int ModalScript::Enter(wxDialog* dialog) {
    if (const auto* box = dynamic_cast<const wxMessageDialogBase*>(dialog)) {
        wxString message = box->GetMessage();
        if (!box->GetExtendedMessage().empty()) message += "\n" + box->GetExtendedMessage();
        const long style = box->GetMessageDialogStyle();
        m_boxes.push_back({box->GetCaption(), message, style});
        if ((style & wxICON_ERROR) && !m_allow_errors)
            m_failures.push_back("error box \"" + box->GetCaption().utf8_string() +
                                 "\": " + message.utf8_string());
        return (style & wxYES_NO) ? wxID_YES : wxID_OK;
    }
    if (m_expected.empty() || m_expected.front().name != dialog->GetName()) {
        m_failures.push_back("unexpected dialog " + Describe(*dialog) +
                             (m_expected.empty()
                                  ? std::string()
                                  : ", expected '" + m_expected.front().name.utf8_string() + "'"));
        return wxID_CANCEL;  // not shown: as if the user had cancelled it
    }
    Interaction interaction = std::move(m_expected.front().interaction);
    m_expected.pop_front();
    auto watchdog = std::make_unique<Watchdog>(*this, dialog);
    watchdog->StartOnce(static_cast<int>(kTimeout.count()));
    m_open[dialog] = std::move(watchdog);
    // Queued now, run by the dialog's own modal loop once ShowModal has started it.
    dialog->CallAfter([this, dialog, interaction = std::move(interaction)] { Run(dialog, interaction); });
    return wxID_NONE;
}

void ModalScript::Exit(wxDialog* dialog) {
    if (auto open = m_open.find(dialog); open != m_open.end()) {
        open->second->Stop();
        m_open.erase(open);
    }
}

void ModalScript::Run(wxDialog* dialog, const Interaction& interaction) {
    try {
        interaction(*dialog);
    } catch (...) {
        // Nothing may escape into GTK's C code: kept, and rethrown by Verify in the test's body.
        if (!m_exception) m_exception = std::current_exception();
        if (dialog->IsModal()) dialog->EndModal(wxID_CANCEL);
        return;
    }
    if (dialog->IsModal()) {
        m_failures.push_back("dialog " + Describe(*dialog) +
                             " was still open after its scripted interaction; "
                             "closed with Cancel");
        dialog->EndModal(wxID_CANCEL);
    }
}

std::vector<std::string> ModalScript::TakeFailures() {
    std::vector<std::string> failures = std::exchange(m_failures, {});
    for (auto& failure : TakeGuiFailures()) failures.push_back(std::move(failure));
    for (const auto& expected : m_expected)
        failures.push_back("dialog '" + expected.name.utf8_string() + "' was expected but never opened");
    m_expected.clear();
    return failures;
}

void ModalScript::Verify() {
    std::vector<std::string> failures = TakeFailures();
    if (auto exception = std::exchange(m_exception, nullptr)) std::rethrow_exception(exception);
    if (failures.empty()) return;
    std::string text;
    for (const auto& failure : failures) text += failure + "\n";
    FAIL(text);
}

wxWindow* FindNamed(wxWindow& root, const wxString& name) {
    std::vector<wxWindow*> found;
    FindAll(root, name, found);
    INFO("looking for '" << name.utf8_string() << "' under " << Describe(root));
    CHECK(found.size() <= 1);
    return found.empty() ? nullptr : found.front();
}

void Click(wxWindow& button) {
    INFO("clicking " << Describe(button));
    REQUIRE(button.IsShown());
    REQUIRE(button.IsEnabled());
    ForceClick(button);
}

void Click(wxWindow& root, const wxString& name) {
    Click(Find<wxButton>(root, name));
}

void ForceClick(wxWindow& button) {
    wxCommandEvent click(wxEVT_BUTTON, button.GetId());
    Send(button, click);
}

void Type(wxWindow& root, const wxString& name, const wxString& text) {
    wxWindow* window = FindNamed(root, name);
    INFO("typing into '" << name.utf8_string() << "'");
    REQUIRE(window != nullptr);
    REQUIRE(window->IsEnabled());
    auto* entry = dynamic_cast<wxTextEntry*>(window);
    REQUIRE(entry != nullptr);
    entry->ChangeValue(text);  // no event of its own: the one below is the keystrokes' event
    wxCommandEvent changed(wxEVT_TEXT, window->GetId());
    changed.SetString(text);
    Send(*window, changed);
}

void TypeAtCaret(wxWindow& root, const wxString& name, const wxString& text) {
    wxWindow* window = FindNamed(root, name);
    INFO("typing at the caret of '" << name.utf8_string() << "'");
    REQUIRE(window != nullptr);
    REQUIRE(window->IsEnabled());
    auto* entry = dynamic_cast<wxTextEntry*>(window);
    REQUIRE(entry != nullptr);
    entry->SetInsertionPointEnd();
    entry->WriteText(text);  // sends the wxEVT_TEXT itself, as typing does
}

void SetSpin(wxWindow& root, const wxString& name, int value) {
    INFO("setting '" << name.utf8_string() << "' to " << value);
    auto& spin = Find<wxSpinCtrl>(root, name);
    REQUIRE(spin.IsEnabled());
    spin.SetValue(value);
    REQUIRE(spin.GetValue() == value);
    wxSpinEvent changed(wxEVT_SPINCTRL, spin.GetId());
    changed.SetPosition(value);
    Send(spin, changed);
}

void SetCheck(wxWindow& root, const wxString& name, bool value) {
    INFO("setting '" << name.utf8_string() << "' to " << value);
    wxWindow* window = FindNamed(root, name);
    REQUIRE(window != nullptr);
    REQUIRE(window->IsEnabled());
    if (auto* box = dynamic_cast<wxCheckBox*>(window)) {
        box->SetValue(value);
        wxCommandEvent changed(wxEVT_CHECKBOX, box->GetId());
        changed.SetInt(value ? 1 : 0);
        Send(*box, changed);
    } else if (auto* radio = dynamic_cast<wxRadioButton*>(window)) {
        REQUIRE(value);  // a radio button is only ever switched on
        radio->SetValue(true);
        wxCommandEvent changed(wxEVT_RADIOBUTTON, radio->GetId());
        changed.SetInt(1);
        Send(*radio, changed);
    } else {
        FAIL("'" << name.utf8_string() << "' is neither a check box nor a radio button");
    }
}

void Choose(wxWindow& root, const wxString& name, const wxString& item) {
    INFO("choosing '" << item.utf8_string() << "' in '" << name.utf8_string() << "'");
    auto& choice = Find<wxChoice>(root, name);
    REQUIRE(choice.IsEnabled());
    const int index = choice.FindString(item, true);
    REQUIRE(index != wxNOT_FOUND);
    choice.SetSelection(index);
    wxCommandEvent changed(wxEVT_CHOICE, choice.GetId());
    changed.SetInt(index);
    changed.SetString(item);
    Send(choice, changed);
}

void TickListItem(wxWindow& root, const wxString& name, unsigned index, bool ticked) {
    INFO("ticking item " << index << " of '" << name.utf8_string() << "'");
    auto& list = Find<wxCheckListBox>(root, name);
    REQUIRE(list.IsEnabled());
    REQUIRE(index < list.GetCount());
    list.Check(index, ticked);
    wxCommandEvent changed(wxEVT_CHECKLISTBOX, list.GetId());
    changed.SetInt(static_cast<int>(index));
    Send(list, changed);
}

void ShowPage(wxFrame& frame, const wxString& page_name) {
    wxWindow* page = FindNamed(frame, page_name);
    REQUIRE(page != nullptr);
    auto& navigation = Find<wxListBox>(frame, "navigation");
    // The navigation lists the pages' titles in the book's order.
    auto* typed = dynamic_cast<Page*>(page);
    REQUIRE(typed != nullptr);
    const int index = navigation.FindString(typed->Title(), true);
    REQUIRE(index != wxNOT_FOUND);
    navigation.SetSelection(index);
    wxCommandEvent selected(wxEVT_LISTBOX, navigation.GetId());
    selected.SetInt(index);
    selected.SetString(navigation.GetString(static_cast<unsigned>(index)));
    Send(navigation, selected);
    REQUIRE(page->IsShown());
}

void Menu(wxFrame& frame, const wxString& menu, const wxString& item) {
    wxMenuBar* bar = frame.GetMenuBar();
    REQUIRE(bar != nullptr);
    const int id = bar->FindMenuItem(menu, item);
    INFO("menu " << menu.utf8_string() << " > " << item.utf8_string());
    REQUIRE(id != wxNOT_FOUND);
    REQUIRE(bar->IsEnabled(id));
    wxCommandEvent command(wxEVT_MENU, id);
    command.SetEventObject(&frame);
    frame.HandleWindowEvent(command);
}

int RowOf(wxDataViewListCtrl& list, std::int64_t id) {
    const wxString wanted = wxString::Format("%lld", static_cast<long long>(id));
    for (int row = 0; row < list.GetItemCount(); ++row)
        if (list.GetTextValue(static_cast<unsigned>(row), 0) == wanted) return row;
    return -1;
}

void SelectRow(wxDataViewListCtrl& list, std::int64_t id) {
    const int row = RowOf(list, id);
    INFO("row of record " << id << " in " << Describe(list));
    REQUIRE(row >= 0);
    list.SelectRow(static_cast<unsigned>(row));
    wxDataViewEvent selected(wxEVT_DATAVIEW_SELECTION_CHANGED, &list, list.RowToItem(row));
    list.HandleWindowEvent(selected);
    REQUIRE(list.GetSelectedRow() == row);
}

wxString Cell(wxDataViewListCtrl& list, std::int64_t id, unsigned column) {
    const int row = RowOf(list, id);
    INFO("row of record " << id << " in " << Describe(list));
    REQUIRE(row >= 0);
    return list.GetTextValue(static_cast<unsigned>(row), column);
}

wxString UnwrappedLabel(wxWindow& root, const wxString& name) {
    wxString label = Find<wxStaticText>(root, name).GetLabel();
    label.Replace("\n", " ");
    return label;
}

bool WaitUntil(const std::function<bool()>& done, std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (!done()) {
        if (std::chrono::steady_clock::now() >= deadline) return done();
        wxTheApp->Yield(true);
        wxTheApp->ProcessIdle();
        wxMilliSleep(5);
    }
    return true;
}

void Pump(std::chrono::milliseconds duration) {
    WaitUntil([] { return false; }, duration);
}

bool Screenshot(wxWindow& window, const std::filesystem::path& png) {
    window.Raise();
    window.Refresh();
    window.Update();
    Pump(std::chrono::milliseconds(300));  // let GTK lay out and paint everything
    const wxRect area = window.GetScreenRect();
    wxBitmap bitmap(area.GetSize(), 24);
    {
        wxMemoryDC memory(bitmap);
        wxScreenDC screen;
        if (!memory.Blit(0, 0, area.width, area.height, &screen, area.x, area.y)) return false;
    }
    // A window that was not really drawn comes back as one flat colour.
    const wxImage image = bitmap.ConvertToImage();
    std::set<unsigned long> colours;
    const unsigned char* rgb = image.GetData();
    for (long i = 0; i < static_cast<long>(image.GetWidth()) * image.GetHeight() && colours.size() < 16;
         i += 97)
        colours.insert(static_cast<unsigned long>(rgb[3 * i]) << 16 |
                       static_cast<unsigned long>(rgb[3 * i + 1]) << 8 | rgb[3 * i + 2]);
    if (colours.size() < 16) return false;
    return image.SaveFile(wxString::FromUTF8(png.string()), wxBITMAP_TYPE_PNG);
}

}  // namespace innodesk::gui::testing
