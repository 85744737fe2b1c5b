// The sections (ngành cấp 1) of Vietnam's Standard Industrial Classification, VSIC 2018
// (Decision 27/2018/QĐ-TTg): what a list of enterprises is narrowed by when an officer asks for
// "a sector". Each section is a run of two-digit divisions, so a code of any depth (2–5 digits)
// belongs to exactly one section; a code may also be a bare section letter.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace innodesk::domain {

struct VsicSection {
    char letter;         // 'A' … 'U'
    int first_division;  // two-digit division numbers, inclusive
    int last_division;
    std::string_view vi;
    std::string_view en;
};

std::span<const VsicSection> VsicSections();

// The section a stored VSIC code belongs to: "1075" → 'C', "C" → 'C'; nullopt for an empty
// code or a division no section holds (04, 34, …).
std::optional<char> VsicSectionOf(std::string_view vsic);

// The section for an option or a cell: its letter in either case; throws DomainError
// (InvalidValue, naming `field`) listing the letters.
const VsicSection& ParseVsicSection(std::string_view text, std::string_view field);

}  // namespace innodesk::domain
