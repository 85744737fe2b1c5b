// The demo run's progress meter.
#include "demo/progress_meter.h"

#include "domain/errors.h"

#include <algorithm>

namespace innodesk::demo {
namespace {

constexpr std::size_t kProgressStep = 500;

}  // namespace

void ProgressMeter::Report() {
    ThrowIfCancelled();
    if (m_observer) m_observer->Progress(std::min(m_done, m_total), m_total);
    m_reported = m_done;
}

void ProgressMeter::Advance(std::size_t count) {
    m_done += count;
    if (m_done - m_reported >= kProgressStep) Report();
}

void ProgressMeter::ThrowIfCancelled() const {
    if (m_observer && m_observer->CancelRequested())
        throw domain::DomainError(domain::ErrorCode::Cancelled,
                                  {"Đã hủy tạo dữ liệu mẫu; không có dữ liệu nào được lưu.",
                                   "Demo data generation cancelled; nothing was stored."});
}

}  // namespace innodesk::demo
