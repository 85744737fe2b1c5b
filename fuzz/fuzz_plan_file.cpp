// libFuzzer target: any bytes as a plan file (docs/PLANS.md). The loader promises to accept or
// refuse any bytes with a DomainError naming the line, never to crash or hang.
#include "domain/errors.h"
#include "interchange/plan_file.h"
#include "text/icu_text_rules.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace innodesk;
    static const text::IcuTextRules text;
    try {
        interchange::ParsePlanFile(std::string_view(reinterpret_cast<const char*>(data), size), text);
    } catch (const domain::DomainError&) {
    }
    return 0;
}
