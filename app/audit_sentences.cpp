// Audit entries as sentences and before/after tables.
#include "audit_sentences.h"

#include "grouped_number.h"

#include "domain/application.h"
#include "domain/decision.h"
#include "domain/enterprise.h"
#include "domain/ip_filing.h"
#include "domain/organisation.h"
#include "domain/outcome.h"
#include "domain/programme.h"
#include "domain/role.h"
#include "domain/support_content.h"
#include "domain/task.h"
#include "domain/training.h"
#include "domain/voucher.h"

#include <nlohmann/json.hpp>

#include <array>
#include <cstdio>
#include <ctime>
#include <optional>
#include <set>
#include <span>
#include <utility>

namespace innodesk::app {
namespace {

using domain::Language;
using Json = nlohmann::ordered_json;

struct Words {
    std::string_view code;
    std::string_view vi;
    std::string_view en;
};

// Each action the code base records, as "{actor} did what to which record". {id} is the
// record's id. The record's own name (a title, a number, a serial) is added after the sentence
// when the entry holds one. Grouped as the services are.
constexpr auto kSentences = std::to_array<Words>({
    // applications (domain/application_service.cpp; the state moves are "application." + state)
    {"application.create", "{actor} đã tạo hồ sơ số {id}", "{actor} created application no. {id}"},
    {"application.draft", "{actor} đã đưa hồ sơ số {id} về nháp",
     "{actor} returned application no. {id} to draft"},
    {"application.submitted", "{actor} đã nộp hồ sơ số {id}", "{actor} submitted application no. {id}"},
    {"application.under_review", "{actor} đã đưa hồ sơ số {id} vào thẩm định",
     "{actor} started the review of application no. {id}"},
    {"application.recommended", "{actor} đã đề nghị hỗ trợ hồ sơ số {id}",
     "{actor} recommended application no. {id} for support"},
    {"application.not_recommended", "{actor} đã đề nghị không hỗ trợ hồ sơ số {id}",
     "{actor} recommended not supporting application no. {id}"},
    {"application.approved", "{actor} đã phê duyệt hồ sơ số {id}", "{actor} approved application no. {id}"},
    {"application.refused", "{actor} đã không phê duyệt hồ sơ số {id}",
     "{actor} refused application no. {id}"},
    {"application.contracted", "{actor} đã ghi nhận hợp đồng của hồ sơ số {id}",
     "{actor} recorded the contract of application no. {id}"},
    {"application.in_progress", "{actor} đã ghi nhận hồ sơ số {id} bắt đầu thực hiện",
     "{actor} recorded that application no. {id} has started"},
    {"application.accepted", "{actor} đã nghiệm thu hồ sơ số {id}",
     "{actor} recorded the acceptance of application no. {id}"},
    {"application.monitoring", "{actor} đã chuyển hồ sơ số {id} sang theo dõi sau nghiệm thu",
     "{actor} moved application no. {id} to post-acceptance monitoring"},
    {"application.closed", "{actor} đã kết thúc hồ sơ số {id}", "{actor} closed application no. {id}"},
    {"application.withdrawn", "{actor} đã rút hồ sơ số {id}", "{actor} withdrew application no. {id}"},
    {"application.approve", "{actor} đã phê duyệt hồ sơ số {id} bằng quyết định đã ký",
     "{actor} approved application no. {id} by a signed decision"},
    {"application.refuse", "{actor} đã không phê duyệt hồ sơ số {id} bằng quyết định đã ký",
     "{actor} refused application no. {id} by a signed decision"},
    {"application.vary", "{actor} đã điều chỉnh kinh phí phê duyệt của hồ sơ số {id}",
     "{actor} varied the approved amount of application no. {id}"},
    {"application.contract", "{actor} đã ghi hợp đồng của hồ sơ số {id}",
     "{actor} recorded the contract of application no. {id}"},
    {"application.edit", "{actor} đã sửa hồ sơ số {id}", "{actor} corrected application no. {id}"},
    {"application.unsubmit", "{actor} đã hoàn tác việc nộp hồ sơ số {id}, đưa về nháp",
     "{actor} undid the submission of application no. {id}, back to draft"},
    {"application.disburse", "{actor} đã ghi một lần giải ngân cho hồ sơ số {id}",
     "{actor} recorded a disbursement for application no. {id}"},
    // decisions
    {"decision.draft", "{actor} đã soạn dự thảo quyết định số {id}", "{actor} drafted decision no. {id}"},
    {"decision.discard", "{actor} đã hủy dự thảo quyết định số {id}",
     "{actor} discarded draft decision no. {id}"},
    {"decision.sign", "{actor} đã ký quyết định số {id}", "{actor} signed decision no. {id}"},
    {"decision.issue", "{actor} (văn thư) đã cấp số, ngày và đóng dấu ban hành quyết định số {id}",
     "{actor} (records clerk) numbered, dated and sealed the issue of decision no. {id}"},
    // reviews
    {"review.assign", "{actor} đã phân công thẩm định hồ sơ số {id}",
     "{actor} assigned reviewers to application no. {id}"},
    {"review.unassign", "{actor} đã rút phân công thẩm định hồ sơ số {id}",
     "{actor} removed a reviewer from application no. {id}"},
    {"review.declare", "{actor} đã khai báo xung đột lợi ích cho phiếu thẩm định số {id}",
     "{actor} declared their conflicts of interest for review no. {id}"},
    {"review.score", "{actor} đã chấm điểm phiếu thẩm định số {id}", "{actor} scored review no. {id}"},
    {"rubric.adopt", "{actor} đã áp dụng bộ tiêu chí chấm điểm cho chương trình số {id}",
     "{actor} adopted a scoring rubric for programme no. {id}"},
    // enterprises and the register
    {"enterprise.create", "{actor} đã đăng ký doanh nghiệp số {id}",
     "{actor} registered enterprise no. {id}"},
    {"enterprise.update", "{actor} đã sửa thông tin doanh nghiệp số {id}",
     "{actor} edited enterprise no. {id}"},
    {"enterprise.import", "{actor} đã nhập danh sách doanh nghiệp từ tệp",
     "{actor} imported enterprises from a file"},
    {"organisation.add", "{actor} đã thêm tổ chức số {id}", "{actor} added organisation no. {id}"},
    {"outcome.create", "{actor} đã ghi kết quả số {id} của doanh nghiệp",
     "{actor} recorded enterprise outcome no. {id}"},
    {"ip_filing.create", "{actor} đã ghi đơn sở hữu trí tuệ số {id}", "{actor} recorded IP filing no. {id}"},
    {"ip_filing.status", "{actor} đã cập nhật tình trạng đơn sở hữu trí tuệ số {id}",
     "{actor} updated the status of IP filing no. {id}"},
    {"ip_filing.exploited", "{actor} đã ghi nhận khai thác thương mại đơn sở hữu trí tuệ số {id}",
     "{actor} recorded the commercial use of IP filing no. {id}"},
    // programmes, budgets and vouchers
    {"programme.create", "{actor} đã tạo chương trình số {id}", "{actor} created programme no. {id}"},
    {"budget.create", "{actor} đã lập dự toán kinh phí số {id}", "{actor} created budget envelope no. {id}"},
    {"cap.set", "{actor} đã đặt mức hỗ trợ tối đa của chương trình số {id}",
     "{actor} set the support caps of programme no. {id}"},
    {"provider.create", "{actor} đã thêm đơn vị cung cấp dịch vụ số {id}",
     "{actor} added service provider no. {id}"},
    {"voucher.issue", "{actor} đã cấp phiếu hỗ trợ số {id}", "{actor} issued voucher no. {id}"},
    {"voucher.redeem", "{actor} đã ghi nhận sử dụng phiếu hỗ trợ số {id}",
     "{actor} recorded the use of voucher no. {id}"},
    {"voucher.reimburse", "{actor} đã thanh toán phiếu hỗ trợ số {id}",
     "{actor} reimbursed voucher no. {id}"},
    {"voucher.cancel", "{actor} đã hủy phiếu hỗ trợ số {id}", "{actor} cancelled voucher no. {id}"},
    {"voucher.expire", "{actor} đã ghi nhận phiếu hỗ trợ số {id} hết hạn",
     "{actor} recorded that voucher no. {id} expired"},
    // training
    {"training_event.create", "{actor} đã tạo sự kiện đào tạo số {id}",
     "{actor} created training event no. {id}"},
    {"attendance.create", "{actor} đã ghi người tham dự số {id}", "{actor} recorded attendance no. {id}"},
    {"attendance.import", "{actor} đã nhập danh sách tham dự của sự kiện số {id}",
     "{actor} imported the attendance of event no. {id}"},
    // science and technology tasks
    {"task.propose", "{actor} đã đề xuất nhiệm vụ số {id}", "{actor} proposed task no. {id}"},
    {"task.edit", "{actor} đã sửa nhiệm vụ số {id}", "{actor} edited task no. {id}"},
    {"task.award", "{actor} đã giao nhiệm vụ số {id}", "{actor} awarded task no. {id}"},
    {"task.contract", "{actor} đã ghi hợp đồng của nhiệm vụ số {id}",
     "{actor} recorded the contract of task no. {id}"},
    {"task.start", "{actor} đã ghi nhận nhiệm vụ số {id} bắt đầu thực hiện",
     "{actor} recorded that task no. {id} started"},
    {"task.extend", "{actor} đã gia hạn nhiệm vụ số {id}", "{actor} extended task no. {id}"},
    {"task.terminate", "{actor} đã chấm dứt nhiệm vụ số {id}", "{actor} terminated task no. {id}"},
    {"task.accept", "{actor} đã nghiệm thu đạt nhiệm vụ số {id}",
     "{actor} recorded task no. {id} as accepted"},
    {"task.fail", "{actor} đã ghi nhiệm vụ số {id} không đạt khi nghiệm thu",
     "{actor} recorded task no. {id} as failing its acceptance"},
    {"task.evaluate", "{actor} đã đánh giá nhiệm vụ số {id}", "{actor} evaluated task no. {id}"},
    {"task.transfer", "{actor} đã ghi chuyển giao kết quả nhiệm vụ số {id}",
     "{actor} recorded the transfer of task no. {id}'s results"},
    {"task.apply", "{actor} đã ghi ứng dụng kết quả nhiệm vụ số {id}",
     "{actor} recorded the application of task no. {id}'s results"},
    {"task.use", "{actor} đã ghi một nơi sử dụng kết quả nhiệm vụ số {id}",
     "{actor} recorded a use of task no. {id}'s results"},
    {"task.link", "{actor} đã liên kết nhiệm vụ số {id} với kế hoạch",
     "{actor} linked task no. {id} to a plan"},
    {"task.unlink", "{actor} đã bỏ liên kết nhiệm vụ số {id} với kế hoạch",
     "{actor} unlinked task no. {id} from a plan"},
    {"task.milestone.add", "{actor} đã thêm mốc tiến độ cho nhiệm vụ số {id}",
     "{actor} added a milestone to task no. {id}"},
    {"task.milestone.report", "{actor} đã báo cáo một mốc tiến độ của nhiệm vụ số {id}",
     "{actor} reported a milestone of task no. {id}"},
    {"task.milestone.drop", "{actor} đã bỏ một mốc tiến độ của nhiệm vụ số {id}",
     "{actor} dropped a milestone of task no. {id}"},
    {"task.tranche.plan", "{actor} đã lập một đợt cấp kinh phí cho nhiệm vụ số {id}",
     "{actor} planned a funding tranche of task no. {id}"},
    {"task.tranche.pay", "{actor} đã ghi cấp một đợt kinh phí cho nhiệm vụ số {id}",
     "{actor} recorded the payment of a tranche of task no. {id}"},
    {"task.tranche.cancel", "{actor} đã hủy một đợt cấp kinh phí của nhiệm vụ số {id}",
     "{actor} cancelled a funding tranche of task no. {id}"},
    // plans, reporting duties and reports
    {"plan.import", "{actor} đã nhập kế hoạch số {id}", "{actor} imported plan no. {id}"},
    {"plan.replace", "{actor} đã thay kế hoạch số {id} bằng bản mới",
     "{actor} replaced plan no. {id} with a new version"},
    {"indicator.set", "{actor} đã nhập số liệu chỉ tiêu của kế hoạch số {id}",
     "{actor} entered an indicator value of plan no. {id}"},
    {"workitem.progress", "{actor} đã cập nhật tiến độ một nhiệm vụ của kế hoạch số {id}",
     "{actor} updated the progress of a work item of plan no. {id}"},
    {"duty.receive", "{actor} đã ghi nhận báo cáo đã gửi theo kế hoạch số {id}",
     "{actor} recorded a report as sent under plan no. {id}"},
    {"report.issue", "{actor} đã ban hành báo cáo số {id}", "{actor} issued report no. {id}"},
    // users and sign-in
    {"user.create", "{actor} đã tạo tài khoản số {id}", "{actor} created user account no. {id}"},
    {"user.disable", "{actor} đã khóa tài khoản số {id}", "{actor} disabled user account no. {id}"},
    {"user.enable", "{actor} đã mở lại tài khoản số {id}", "{actor} enabled user account no. {id}"},
    {"user.set_role", "{actor} đã đổi vai trò của tài khoản số {id}",
     "{actor} changed the role of user account no. {id}"},
    {"user.set_password", "{actor} đã đặt mật khẩu mới cho tài khoản số {id}",
     "{actor} set a new password for user account no. {id}"},
    {"user.bind_certificate", "{actor} đã gắn chứng thư số cho tài khoản số {id}",
     "{actor} bound a signing certificate to user account no. {id}"},
    {"user.sign_in_failed", "{actor} đăng nhập không thành công", "{actor} failed to sign in"},
    {"user.sign_in", "{actor} đã đăng nhập sau những lần đăng nhập sai",
     "{actor} signed in after failed attempts"},
    {"user.unlock", "{actor} đã mở khóa đăng nhập cho tài khoản số {id}",
     "{actor} unlocked sign-in for user account no. {id}"},
    {"user.rehash_password", "Mật khẩu của {actor} được lưu lại theo cách băm mới",
     "{actor}'s password was stored again with the current hashing"},
    // the workstation, trust and the audit trail itself
    {"setting.set", "{actor} đã thay đổi một thiết lập", "{actor} changed a setting"},
    {"trust.add", "{actor} đã thêm một chứng thư tin cậy", "{actor} added a trusted certificate"},
    {"trust.remove", "{actor} đã bỏ một chứng thư tin cậy", "{actor} removed a trusted certificate"},
    // four eyes on trust and signers
    {"proposal.create",
     "{actor} đã đề xuất thay đổi số {id} về tin cậy và người ký, chờ quản trị viên thứ hai xác nhận",
     "{actor} proposed change no. {id} to trust and signers, awaiting a second administrator"},
    {"proposal.confirm", "{actor} đã xác nhận đề xuất thay đổi số {id}",
     "{actor} confirmed proposed change no. {id}"},
    {"proposal.reject", "{actor} đã từ chối đề xuất thay đổi số {id}",
     "{actor} rejected proposed change no. {id}"},
    {"proposal.withdraw", "{actor} đã rút đề xuất thay đổi số {id}",
     "{actor} withdrew proposed change no. {id}"},
    {"audit.checkpoint", "{actor} đã ký xác nhận nhật ký thay đổi", "{actor} signed an audit checkpoint"},
    {"database.backup", "{actor} đã sao lưu cơ sở dữ liệu", "{actor} backed up the database"},
    {"permission.refused", "{actor} bị từ chối một thao tác không thuộc quyền",
     "{actor} was refused an action outside their role"},
});

// Field names, for every key the audit views and the services' own entries write.
constexpr auto kFieldLabels = std::to_array<Words>({
    {"about_tolerance", "Sai số cho phép", "Tolerance"},
    {"acceptance", "Nghiệm thu", "Acceptance"},
    {"active", "Đang hoạt động", "Active"},
    {"address", "Địa chỉ", "Address"},
    {"allowed_roles", "Vai trò được phép", "Roles allowed"},
    {"amount", "Số tiền", "Amount"},
    {"application_id", "Hồ sơ số", "Application no."},
    {"application_number", "Số đơn", "Application number"},
    {"applying_unit", "Đơn vị ứng dụng", "Applying unit"},
    {"applying_user", "Người ứng dụng", "Applying user"},
    {"approved_amount", "Kinh phí phê duyệt", "Approved amount"},
    {"award_mode", "Hình thức giao", "Award mode"},
    {"bound", "Giới hạn", "Bound"},
    {"cancel_note", "Ghi chú khi hủy", "Cancellation note"},
    {"cancel_reason", "Lý do hủy", "Cancellation reason"},
    {"ceiling_per_contract", "Mức tối đa mỗi hợp đồng", "Ceiling per contract"},
    {"ceiling_per_enterprise_year", "Mức tối đa mỗi doanh nghiệp mỗi năm", "Ceiling per enterprise and year"},
    {"co_funding", "Vốn đối ứng", "Co-funding"},
    {"co_funding_amount", "Vốn đối ứng", "Co-funding"},
    {"code", "Mã", "Code"},
    {"comment", "Nhận xét", "Comment"},
    {"commercially_exploited", "Đã khai thác thương mại", "Commercially exploited"},
    {"commune", "Xã, phường", "Commune"},
    {"conditions", "Điều kiện", "Conditions"},
    {"conflict_note", "Ghi chú xung đột lợi ích", "Conflict note"},
    {"contact", "Liên hệ", "Contact"},
    {"content", "Nội dung hỗ trợ", "Support content"},
    {"contents", "Nội dung hỗ trợ", "Support contents"},
    {"contract_ends_on", "Hợp đồng kết thúc ngày", "Contract ends on"},
    {"contract_number", "Số hợp đồng", "Contract number"},
    {"contract_signed_on", "Ngày ký hợp đồng", "Contract signed on"},
    {"council", "Hội đồng", "Council"},
    {"country", "Quốc gia", "Country"},
    {"criteria", "Tiêu chí", "Criteria"},
    {"date", "Ngày", "Date"},
    {"decision_id", "Quyết định số", "Decision no."},
    {"description", "Mô tả", "Description"},
    {"destination", "Nơi lưu", "Destination"},
    {"difficulties", "Khó khăn", "Difficulties"},
    {"disabled", "Bị khóa", "Disabled"},
    {"display_name", "Họ tên", "Full name"},
    {"document_number", "Số văn bản", "Document number"},
    {"drafted_by", "Người soạn", "Drafted by"},
    {"due", "Hạn", "Due"},
    {"due_on", "Hạn", "Due on"},
    {"duties", "Chế độ báo cáo", "Reporting duties"},
    {"duty", "Chế độ báo cáo", "Reporting duty"},
    {"email", "Thư điện tử", "E-mail"},
    {"end_year", "Năm kết thúc", "End year"},
    {"ends_on", "Ngày kết thúc", "Ends on"},
    {"enterprise_id", "Doanh nghiệp số", "Enterprise no."},
    {"entries", "Số mục", "Entries"},
    {"envelope_id", "Dự toán số", "Budget envelope no."},
    {"event_id", "Sự kiện số", "Event no."},
    {"evidence", "Minh chứng", "Evidence"},
    {"face_value", "Mệnh giá", "Face value"},
    {"failures_before", "Số lần sai trước đó", "Failures before"},
    {"filed_on", "Ngày nộp đơn", "Filed on"},
    {"fingerprint", "Dấu vân tay chứng thư", "Certificate fingerprint"},
    {"first_year", "Năm đầu", "First year"},
    {"follow_up_years", "Số năm theo dõi", "Follow-up years"},
    {"format", "Định dạng", "Format"},
    {"from_end", "Hạn cũ", "Previous end"},
    {"has_conflict", "Có xung đột lợi ích", "Has a conflict of interest"},
    {"hash_scheme", "Cách băm", "Hash scheme"},
    {"head_hash", "Mã băm cuối", "Head hash"},
    {"held_on", "Ngày họp", "Held on"},
    {"host", "Máy", "Host"},
    {"id", "Số", "No."},
    {"innovative_startup", "Khởi nghiệp đổi mới sáng tạo", "Innovative start-up"},
    {"innovative_startup_since", "Khởi nghiệp đổi mới sáng tạo từ", "Innovative start-up since"},
    {"inserted", "Số dòng thêm", "Rows added"},
    {"invoice_amount", "Số tiền hóa đơn", "Invoice amount"},
    {"invoice_date", "Ngày hóa đơn", "Invoice date"},
    {"invoice_number", "Số hóa đơn", "Invoice number"},
    {"issued_on", "Ngày cấp", "Issued on"},
    {"item", "Mục", "Item"},
    {"items", "Các hồ sơ", "Applications"},
    {"key", "Thiết lập", "Setting"},
    {"kind", "Loại", "Kind"},
    {"label", "Tên", "Label"},
    {"last_year", "Năm cuối", "Last year"},
    {"lead_enterprise_id", "Doanh nghiệp chủ trì số", "Lead enterprise no."},
    {"lead_organisation_id", "Tổ chức chủ trì số", "Lead organisation no."},
    {"legal_basis", "Căn cứ", "Legal basis"},
    {"legal_form", "Loại hình", "Legal form"},
    {"level", "Cấp", "Level"},
    {"links", "Liên kết", "Links"},
    {"location", "Địa điểm", "Location"},
    {"locked_until", "Khóa đến", "Locked until"},
    {"made_at", "Lập lúc", "Made at"},
    {"made_by", "Người lập", "Made by"},
    {"max_state_share_percent", "Tỷ lệ ngân sách tối đa (%)", "Maximum state share (%)"},
    {"max_vouchers_per_enterprise_year", "Số phiếu tối đa mỗi doanh nghiệp mỗi năm",
     "Maximum vouchers per enterprise and year"},
    {"metric", "Chỉ số", "Metric"},
    {"minutes_number", "Số biên bản", "Minutes number"},
    {"name", "Tên", "Name"},
    {"note", "Ghi chú", "Note"},
    {"number", "Số", "Number"},
    {"on", "Ngày", "On"},
    {"operation", "Thao tác", "Operation"},
    {"ordering_unit", "Đơn vị đặt hàng", "Ordering unit"},
    {"organiser", "Đơn vị tổ chức", "Organiser"},
    {"original_approved_amount", "Kinh phí phê duyệt ban đầu", "Originally approved amount"},
    {"os_user", "Người dùng máy", "Workstation user"},
    {"outputs", "Sản phẩm", "Outputs"},
    {"paid_on", "Ngày chi", "Paid on"},
    {"period", "Kỳ", "Period"},
    {"person_name", "Họ tên", "Name"},
    {"personal_id", "Số định danh", "Personal ID"},
    {"phone", "Điện thoại", "Phone"},
    {"place", "Nơi sử dụng", "Place"},
    {"plan", "Kế hoạch", "Plan"},
    {"plan_code", "Mã kế hoạch", "Plan code"},
    {"plan_line", "Dòng kế hoạch", "Plan line"},
    {"position", "Chức vụ", "Position"},
    {"principal_investigator", "Chủ nhiệm", "Principal investigator"},
    {"product", "Sản phẩm", "Product"},
    {"programme_id", "Chương trình số", "Programme no."},
    {"progress_id", "Tiến độ số", "Progress no."},
    {"proposals", "Đề xuất", "Proposals"},
    {"provider_id", "Đơn vị cung cấp số", "Provider no."},
    {"province", "Tỉnh, thành phố", "Province"},
    {"quantity", "Số lượng", "Quantity"},
    {"reason", "Lý do", "Reason"},
    {"received_on", "Ngày nhận", "Received on"},
    {"receipt_id", "Biên nhận số", "Receipt no."},
    {"receiving_unit", "Đơn vị tiếp nhận", "Receiving unit"},
    {"recorded_on", "Ngày ghi", "Recorded on"},
    {"reference", "Số chứng từ kho bạc", "Treasury reference"},
    {"reimbursed_amount", "Số tiền đã thanh toán", "Reimbursed amount"},
    {"reimbursed_on", "Ngày thanh toán", "Reimbursed on"},
    {"reported_on", "Ngày báo cáo", "Reported on"},
    {"requested_amount", "Kinh phí đề nghị", "Requested amount"},
    {"result", "Kết quả", "Result"},
    {"reviewer", "Người thẩm định", "Reviewer"},
    {"reviewers", "Người thẩm định", "Reviewers"},
    {"role", "Vai trò", "Role"},
    {"route", "Con đường nộp đơn", "Route"},
    {"rows", "Số dòng", "Rows"},
    {"rubric_criteria", "Tiêu chí chấm điểm", "Rubric criteria"},
    {"science_technology_since", "Doanh nghiệp KH&CN từ", "S&T enterprise since"},
    {"scores", "Điểm", "Scores"},
    {"serial", "Số phiếu", "Serial"},
    {"signature", "Chữ ký", "Signature"},
    {"signed_at", "Ký lúc", "Signed at"},
    {"signer", "Người ký", "Signer"},
    {"signer_fingerprint", "Dấu vân tay chứng thư người ký", "Signer's certificate fingerprint"},
    {"signer_name", "Người ký", "Signer"},
    {"signer_user", "Tài khoản người ký", "Signer's account"},
    {"since", "Từ ngày", "Since"},
    {"size_class", "Quy mô", "Size"},
    {"snapshot_bytes", "Dung lượng bản chụp (byte)", "Snapshot size (bytes)"},
    {"source", "Nguồn", "Source"},
    {"st_enterprise", "Doanh nghiệp KH&CN", "S&T enterprise"},
    {"start_year", "Năm bắt đầu", "Start year"},
    {"starts_on", "Ngày bắt đầu", "Starts on"},
    {"state", "Trạng thái", "State"},
    {"state_budget", "Kinh phí ngân sách", "State budget"},
    {"state_share", "Phần ngân sách hỗ trợ", "State share"},
    {"status", "Tình trạng", "Status"},
    {"status_on", "Ngày của tình trạng", "Status on"},
    {"subject", "Đối tượng", "Subject"},
    {"submitted_at", "Nộp lúc", "Submitted at"},
    {"submitted_on", "Ngày nộp", "Submitted on"},
    {"supersedes", "Thay thế quyết định số", "Supersedes decision no."},
    {"supported_amount", "Kinh phí hỗ trợ", "Supported amount"},
    {"system", "Hệ điều hành", "System"},
    {"target", "Chỉ tiêu", "Target"},
    {"targets", "Chỉ tiêu", "Targets"},
    {"tax_code", "Mã số thuế", "Tax code"},
    {"title", "Tên", "Title"},
    {"to_end", "Hạn mới", "New end"},
    {"transfer", "Chuyển giao", "Transfer"},
    {"type", "Loại", "Type"},
    {"updated", "Số dòng cập nhật", "Rows updated"},
    {"valid_until", "Hiệu lực đến", "Valid until"},
    {"value", "Giá trị", "Value"},
    {"version", "Phiên bản", "Version"},
    {"vsic", "Ngành (VSIC)", "Sector (VSIC)"},
    {"work_items", "Nhiệm vụ của kế hoạch", "Work items"},
    {"workstation", "Máy trạm", "Workstation"},
    {"year", "Năm", "Year"},
});

const Words* Find(std::span<const Words> table, std::string_view code) {
    for (const auto& words : table)
        if (words.code == code) return &words;
    return nullptr;
}

std::string_view In(const Words& words, Language language) {
    return language == Language::Vietnamese ? words.vi : words.en;
}

void ReplaceAll(std::string& text, std::string_view placeholder, const std::string& value) {
    for (auto at = text.find(placeholder); at != std::string::npos;
         at = text.find(placeholder, at + value.size()))
        text.replace(at, placeholder.size(), value);
}

Json ParsedOrNull(const std::string& text) {
    Json parsed = Json::parse(text, nullptr, false);
    return parsed.is_discarded() ? Json() : parsed;
}

// The name people know the record by, if the entry holds one: a title, a number, a serial.
std::string RecordName(const domain::AuditEntry& entry) {
    for (const std::string* side : {&entry.after, &entry.before}) {
        const Json record = ParsedOrNull(*side);
        if (!record.is_object()) continue;
        for (const char* key : {"title", "number", "serial", "name", "display_name"}) {
            const auto found = record.find(key);
            if (found != record.end() && found->is_string() && !found->get<std::string>().empty())
                return found->get<std::string>();
        }
    }
    return {};
}

template <typename Enum>
std::optional<std::string> LabelIn(std::span<const domain::EnumEntry<Enum>> table, std::string_view code,
                                   Language language) {
    for (const auto& entry : table)
        if (entry.code == code) return std::string(language == Language::Vietnamese ? entry.vi : entry.en);
    return std::nullopt;
}

// An enumeration code by its label, from the table its field and record kind use.
std::optional<std::string> CodeLabel(std::string_view entity, std::string_view field, std::string_view code,
                                     Language language) {
    using namespace domain;
    std::optional<std::string> label;
    auto first = [&](auto... tables) { ((label = label ? label : LabelIn(tables, code, language)), ...); };
    if (field == "state") {
        if (entity == "voucher")
            first(VoucherLifecycle().states);
        else if (entity == "task")
            first(TaskLifecycle().states);
        else
            first(ApplicationLifecycle().states);
    } else if (field == "status") {
        if (entity == "ip_filing")
            first(IpLifecycle().states);
        else if (entity == "decision")
            first(DecisionStatuses());
        else
            first(MilestoneStatuses(), TrancheStatuses());
    } else if (field == "kind") {
        if (entity == "decision")
            first(DecisionKinds());
        else if (entity == "training_event")
            first(EventKinds());
        else if (entity == "outcome")
            first(OutcomeKinds());
        else if (entity == "organisation")
            first(OrganisationKinds());
        else
            first(OutputKinds());
    } else if (field == "content" || field == "contents") {
        first(SupportContents());
    } else if (field == "legal_form") {
        first(LegalForms());
    } else if (field == "size_class") {
        first(SizeClasses());
    } else if (field == "role" || field == "allowed_roles") {
        first(Roles());
    } else if (field == "source") {
        first(FundingSources());
    } else if (field == "cancel_reason") {
        first(CancelReasons());
    } else if (field == "type") {
        first(IpTypes());
    } else if (field == "route") {
        first(IpRoutes());
    } else if (field == "level") {
        first(TaskLevels());
    } else if (field == "award_mode") {
        first(AwardModes());
    } else if (field == "result") {
        first(AcceptanceResults());
    }
    return label;
}

bool IsAmount(std::string_view field) {
    return field.ends_with("amount") || field == "face_value" || field == "state_share" ||
           field == "state_budget" || field.starts_with("ceiling_");
}

bool IsMoment(std::string_view field) {
    return field.ends_with("_at") || field == "locked_until";
}

std::string UtcMoment(std::int64_t unix_seconds) {
    const std::time_t time = static_cast<std::time_t>(unix_seconds);
    std::tm parts{};
    gmtime_r(&time, &parts);
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%02d/%02d/%04d %02d:%02d UTC", parts.tm_mday, parts.tm_mon + 1,
                  parts.tm_year + 1900, parts.tm_hour, parts.tm_min);
    return buffer;
}

// "2026-03-15" → "15/03/2026"; anything else unchanged.
std::string DayFirst(const std::string& text) {
    const bool iso = text.size() == 10 && text[4] == '-' && text[7] == '-' &&
                     text.find_first_not_of("0123456789-") == std::string::npos;
    return iso ? text.substr(8, 2) + "/" + text.substr(5, 2) + "/" + text.substr(0, 4) : text;
}

std::string FieldLabel(std::string_view field, Language language) {
    if (const Words* words = Find(kFieldLabels, field)) return std::string(In(*words, language));
    std::string readable(field);  // a key added after this table: at least without underscores
    for (char& c : readable)
        if (c == '_') c = ' ';
    return readable;
}

struct ValueWriter {
    std::string_view entity;
    Language language;
    const MomentWriter& moment;

    std::string operator()(std::string_view field, const Json& value) const {
        const bool vietnamese = language == Language::Vietnamese;
        if (value.is_null()) return "—";
        if (value.is_boolean())
            return value.get<bool>() ? (vietnamese ? "có" : "yes") : (vietnamese ? "không" : "no");
        if (value.is_number_integer()) {
            const auto number = value.get<std::int64_t>();
            if (IsAmount(field)) return GroupedNumber(number, language) + " \u20AB";
            if (IsMoment(field)) return moment ? moment(number) : UtcMoment(number);
            return std::to_string(number);  // ids, years, counts: as they are written elsewhere
        }
        if (value.is_string()) {
            const auto text = value.get<std::string>();
            if (auto label = CodeLabel(entity, field, text, language)) return *label;
            return DayFirst(text);
        }
        if (value.is_array()) {
            std::string joined;
            for (const auto& item : value) joined += (joined.empty() ? "" : "; ") + (*this)(field, item);
            return joined.empty() ? "—" : joined;
        }
        std::string joined;  // an object: "Label: value, Label: value"
        for (const auto& [key, item] : value.items())
            joined += (joined.empty() ? "" : ", ") + FieldLabel(key, language) + ": " + (*this)(key, item);
        return joined.empty() ? "—" : joined;
    }
};

}  // namespace

std::string AuditSentence(const domain::AuditEntry& entry, std::string_view actor, Language language) {
    std::string sentence;
    if (const Words* words = Find(kSentences, entry.action)) {
        sentence = std::string(In(*words, language));
    } else {
        sentence = language == Language::Vietnamese
                       ? "{actor} đã ghi thao tác «" + entry.action + "» cho " + entry.entity + " số {id}"
                       : "{actor} recorded “" + entry.action + "” on " + entry.entity + " no. {id}";
    }
    ReplaceAll(sentence, "{actor}", std::string(actor));
    ReplaceAll(sentence, "{id}", std::to_string(entry.entity_id));
    if (const std::string name = RecordName(entry); !name.empty())
        sentence += language == Language::Vietnamese ? " («" + name + "»)" : " (“" + name + "”)";
    return sentence + ".";
}

std::vector<AuditFieldChange> AuditChanges(const domain::AuditEntry& entry, Language language,
                                           const MomentWriter& moment) {
    const Json before = ParsedOrNull(entry.before);
    const Json after = ParsedOrNull(entry.after);
    const ValueWriter write{entry.entity, language, moment};
    std::vector<AuditFieldChange> changes;
    auto add = [&](const std::string& field, const Json* old_value, const Json* new_value) {
        changes.push_back({field, FieldLabel(field, language),
                           old_value ? write(field, *old_value) : std::string(),
                           new_value ? write(field, *new_value) : std::string()});
    };
    if (!before.is_object() && !after.is_object()) {
        // A value that is not a record (a list, a number): one row holding it whole.
        if (!before.is_null() || !after.is_null())
            add("value", before.is_null() ? nullptr : &before, after.is_null() ? nullptr : &after);
        return changes;
    }
    if (!before.is_object()) {
        for (const auto& [key, value] : after.items()) add(key, nullptr, &value);
        return changes;
    }
    if (!after.is_object()) {
        for (const auto& [key, value] : before.items()) add(key, &value, nullptr);
        return changes;
    }
    std::set<std::string> seen;
    for (const auto& [key, value] : after.items()) {
        seen.insert(key);
        const auto old_value = before.find(key);
        if (old_value == before.end())
            add(key, nullptr, &value);
        else if (*old_value != value)
            add(key, &*old_value, &value);
    }
    for (const auto& [key, value] : before.items())
        if (!seen.contains(key)) add(key, &value, nullptr);
    return changes;
}

bool HasAuditSentence(std::string_view action) {
    return Find(kSentences, action) != nullptr;
}

bool HasAuditFieldLabel(std::string_view field) {
    return Find(kFieldLabels, field) != nullptr;
}

}  // namespace innodesk::app
