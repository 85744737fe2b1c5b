// Certificate enrolment history.
#include "enrolment.h"

namespace innodesk::domain {

bool WasEnrolled(Transaction& tx, const std::string& user, const std::string& fingerprint,
                 std::int64_t at_unix) {
    const auto account = tx.Users().FindByName(user);
    if (!account) return false;
    for (const auto& certificate : tx.Users().FindCertificates(fingerprint))
        if (certificate.user_id == account->id && certificate.bound_at_unix <= at_unix &&
            (!certificate.unbound_at_unix || *certificate.unbound_at_unix >= at_unix))
            return true;
    return false;
}

}  // namespace innodesk::domain
