// The window's language, for InnoDesk, wxWidgets and GTK alike.
#include "ui_language.h"

#include "wx_text.h"

#include "app/install_paths.h"
#include "domain/utf8_path.h"

#include <wx/intl.h>
#include <wx/translation.h>

#include <array>
#include <clocale>
#include <cstdlib>

namespace innodesk::gui {
namespace {

constexpr std::array<const char*, 3> kVietnamese{"vi_VN.UTF-8", "vi_VN.utf8", "C.UTF-8"};
constexpr std::array<const char*, 3> kEnglish{"en_US.UTF-8", "en_GB.UTF-8", "C.UTF-8"};

}  // namespace

// GTK translates its own dialogs with gettext, which reads LC_MESSAGES and $LANGUAGE. A bare
// Debian has no vi_VN.UTF-8 (scripts/install-deps.sh generates it); C.UTF-8 is always there and,
// unlike "C", lets $LANGUAGE choose the catalog, so GTK still speaks Vietnamese without it.
#ifdef _WIN32
// Windows has no LC_MESSAGES: its common dialogs (the file chooser) speak the language of Windows
// itself, and wxMSW translates through its own catalogs only. Nothing to set; the locale is "".
std::string UseMessagesLocale(std::span<const char* const>) {
    return {};
}
#else
std::string UseMessagesLocale(std::span<const char* const> candidates) {
    // gettext forgets the translations it found (in the old $LANGUAGE) only when LC_MESSAGES
    // changes, and setting the locale already in force is no change: pass through "C" first.
    std::setlocale(LC_MESSAGES, "C");
    for (const char* name : candidates)
        if (const char* set = std::setlocale(LC_MESSAGES, name)) return set;
    const char* current = std::setlocale(LC_MESSAGES, nullptr);
    return current ? current : "";
}
#endif

UiLanguageSetUp UseUiLanguage(domain::Language language) {
    const bool vietnamese = language == domain::Language::Vietnamese;
    SetCurrentLanguage(language);
    UiLanguageSetUp result;
    // Set before the locale, whose change makes glibc's gettext read it again.
#ifdef _WIN32
    ::_wputenv_s(L"LANGUAGE", vietnamese ? L"vi" : L"en");  // for a gettext-based library InnoDesk loads
#else
    setenv("LANGUAGE", vietnamese ? "vi" : "en", 1);
#endif
    result.messages_locale = UseMessagesLocale(vietnamese ? std::span<const char* const>(kVietnamese)
                                                          : std::span<const char* const>(kEnglish));

    auto* translations = new wxTranslations();  // wxTranslations::Set takes ownership
    translations->SetLanguage(vietnamese ? "vi" : "en");
    // Under PREFIX/share/locale when installed, else where the build compiled the catalogs.
    wxFileTranslationsLoader::AddCatalogLookupPathPrefix(U(domain::Utf8Of(app::LocaleDirectory())));
    wxTranslations::Set(translations);
    if (!vietnamese) return result;
    // Searched last-added first: ours before wxWidgets' own "wxstd-3.2" (Debian's wx3.2-i18n has
    // none for Vietnamese, but a system that has one fills what ours lacks).
    translations->AddStdCatalog();
    result.toolkit_catalog = translations->AddCatalog("innodesk-wx");
    result.own_catalog = translations->AddCatalog("innodesk");
    return result;
}

}  // namespace innodesk::gui
