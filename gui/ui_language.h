// The language of everything on screen: InnoDesk's own catalog, wxWidgets' strings (stock buttons,
// the progress dialog's "Elapsed time") and GTK's own dialogs (the file chooser), all switched
// together so that a Vietnamese window shows no English.
#pragma once

#include "domain/errors.h"

#include <span>
#include <string>

namespace innodesk::gui {

// What UseUiLanguage managed to set up, for a warning at start-up and for the tests.
struct UiLanguageSetUp {
    bool own_catalog = true;      // innodesk.mo (always true in English: the source strings are English)
    bool toolkit_catalog = true;  // innodesk-wx.mo, our translation of the wxWidgets strings we show
    // The C library's LC_MESSAGES after the switch: "vi_VN.UTF-8" when installed, else "C.UTF-8"
    // (GTK's gettext then follows $LANGUAGE, which it ignores only under a plain "C").
    std::string messages_locale;
};

// Sets LC_MESSAGES to the first of `candidates` the C library has, for GTK's own dialogs; returns
// the locale then in force. UseUiLanguage tries vi_VN.UTF-8 (or en_US/en_GB.UTF-8), then C.UTF-8.
std::string UseMessagesLocale(std::span<const char* const> candidates);

// Makes `language` the window's language: CurrentLanguage(), the wx catalogs, LC_MESSAGES and
// $LANGUAGE for GTK. Windows created afterwards speak it; call it before creating any.
UiLanguageSetUp UseUiLanguage(domain::Language language);

}  // namespace innodesk::gui
