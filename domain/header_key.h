// How imported files' column headers are compared: folded like search text (no diacritics, lower
// case, đ → d) with every run of punctuation or spaces made one space, so "Xã/Phường",
// "XÃ - PHƯỜNG" and "xa phuong" are the same header.
#pragma once

#include "text_rules.h"

#include <string>

namespace innodesk::domain {

std::string HeaderKey(const TextRules& text, const std::string& header);

}  // namespace innodesk::domain
