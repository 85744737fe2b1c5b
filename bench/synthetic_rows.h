// Deterministic enterprise rows for benchmarks: valid tax codes, Vietnamese names and places.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace innodesk::bench {

struct SyntheticEnterprise {
    std::string tax_code, name, legal_form, size, vsic, commune, province, address;
};

std::vector<SyntheticEnterprise> MakeEnterprises(std::size_t count, unsigned seed);

}  // namespace innodesk::bench
