// How much a demo run makes: a province's programme supports tens of enterprises a year, whatever
// the size of its register, so applications, vouchers, IP filings and training follow the
// programme's yearly scale unless a DemoSpec asks for so many per enterprise (the benchmarks do).
#pragma once

#include "demo/demo_generator.h"

#include <cstddef>

namespace innodesk::demo {

struct Volumes {
    std::size_t applications = 0;  // this year's call and the start of next year's
    std::size_t vouchers = 0;
    std::size_t providers = 0;
    std::size_t ip_filings = 0;
    std::size_t events = 0;
    std::size_t attendances = 0;  // person-times over all the year's courses and events
};

// The programme-scale figures, from the shipped 2026 plan of Khánh Hòa (data/plans/000): about
// five provincial tasks a year ("khoảng 05 nhiệm vụ"), so some 16 applications of which about
// 40% are approved; the rest of the 15–60 enterprises supported a year ("từ 15 doanh nghiệp")
// come through 35 innovation vouchers; 8 IP filings; five classes with 100–150 person-times in
// all ("100–150 lượt"), two workshops and a connection event (demo/training_planner.cpp).
inline constexpr std::size_t kApplicationsPerYear = 16;
inline constexpr std::size_t kVouchersPerYear = 35;
inline constexpr std::size_t kIpFilingsPerYear = 8;
inline constexpr std::size_t kEventsPerYear = 8;
inline constexpr std::size_t kPersonTimesPerYear = 260;  // about: the classes' 125 and the others' 135

// Programme scale for what the spec leaves unset; so many per enterprise for what it sets.
// With no enterprise there is nobody to support: no applications, vouchers, filings or attendance.
Volumes VolumesFor(const DemoSpec& spec);

}  // namespace innodesk::demo
