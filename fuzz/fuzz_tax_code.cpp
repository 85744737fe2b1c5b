// libFuzzer target: any text as a tax code, and — as they are read from the same kind of cells
// and options — as an amount of money and a date. Each accepted value must read back the same.
#include "domain/calendar_date.h"
#include "domain/errors.h"
#include "domain/money.h"
#include "domain/tax_code.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace innodesk::domain;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        const TaxCode code = TaxCode::Parse(text);
        if (TaxCode::Parse(code.Value()).Value() != code.Value()) __builtin_trap();  // normal form is stable
    } catch (const DomainError&) {
    }
    try {
        const Money amount = Money::Parse(text);
        if (Money::Parse(amount.Format()).Dong() != amount.Dong()) __builtin_trap();
    } catch (const DomainError&) {
    }
    try {
        CalendarDate::Parse(text);
    } catch (const DomainError&) {
    }
    return 0;
}
