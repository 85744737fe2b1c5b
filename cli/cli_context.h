// What every innodesk-cli command shares: the global options, the store (opened on first use),
// the text rules, the clock, the output language and the streams.
#pragma once

#include "domain/actor.h"
#include "domain/calendar_date.h"
#include "domain/errors.h"
#include "persistence/soci_store.h"
#include "text/icu_text_rules.h"

#include <iosfwd>
#include <memory>
#include <optional>
#include <string>

namespace innodesk::cli {

struct GlobalOptions {
    std::string db;  // empty: the embedded default
    std::string lang;  // "vi", "en", or empty for the environment's
    bool json = false;
};

class CliContext {
public:
    CliContext(std::ostream& out, std::ostream& err);

    GlobalOptions options;
    std::ostream& out;
    std::ostream& err;

    persistence::SociStore& Store(persistence::OpenMode mode = persistence::OpenMode::MustExist);
    persistence::DatabaseTarget Target() const;
    const domain::TextRules& Text() const { return m_text; }
    const domain::Clock& Clock() const { return m_clock; }
    domain::Language Language() const;
    domain::Actor Actor() const;
    // Picks the sentence in the output language.
    const std::string& Say(const domain::LocalisedText& text) const { return text.In(Language()); }
    std::string Say(const char* vi, const char* en) const { return Language() == domain::Language::Vietnamese ? vi : en; }

private:
    text::IcuTextRules m_text;
    domain::SystemClock m_clock;
    std::unique_ptr<persistence::SociStore> m_store;
};

}  // namespace innodesk::cli
