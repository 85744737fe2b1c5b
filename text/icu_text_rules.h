// TextRules implemented with ICU: NFC cleaning, Vietnamese search folding and collation keys.
#pragma once

#include "domain/text_rules.h"

#include <memory>

namespace innodesk::text {

class IcuTextRules final : public domain::TextRules {
public:
    IcuTextRules();
    ~IcuTextRules() override;
    IcuTextRules(const IcuTextRules&) = delete;
    IcuTextRules& operator=(const IcuTextRules&) = delete;

    std::string Clean(std::string_view text, std::string_view field) const override;
    std::string SearchFold(std::string_view text) const override;
    std::string SortKey(std::string_view text) const override;

private:
    struct Icu;
    std::unique_ptr<Icu> m_icu;
};

}  // namespace innodesk::text
